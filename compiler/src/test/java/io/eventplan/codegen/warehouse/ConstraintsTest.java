package io.eventplan.codegen.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AbstractConstraintsTest} on embedded PostgreSQL 17: always runs, no Docker needed. */
class ConstraintsTest extends AbstractConstraintsTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  @Override
  WarehouseDatabase database() {
    return POSTGRES;
  }
}
