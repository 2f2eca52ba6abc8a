package io.eventplan.codegen.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AbstractEvolutionTest} on embedded PostgreSQL 17: always runs, no Docker needed. */
class EvolutionTest extends AbstractEvolutionTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  @Override
  WarehouseDatabase database() {
    return POSTGRES;
  }
}
