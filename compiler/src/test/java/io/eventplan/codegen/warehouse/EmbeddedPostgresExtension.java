package io.eventplan.codegen.warehouse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL 17 per test class; {@link #freshDatabase()} gives each test its own empty
 * database, so tests never see each other's tables.
 */
final class EmbeddedPostgresExtension implements BeforeAllCallback, AfterAllCallback, WarehouseDatabase {
  private EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  /** The embedded server trusts local connections: user {@code postgres}, any password. */
  @Override
  public String user() {
    return "postgres";
  }

  @Override
  public String password() {
    return "";
  }
}
