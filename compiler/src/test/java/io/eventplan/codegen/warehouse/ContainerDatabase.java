package io.eventplan.codegen.warehouse;

import org.testcontainers.containers.PostgreSQLContainer;

/** A Testcontainers PostgreSQL container as a {@link WarehouseDatabase}; start it with {@code @Container}. */
record ContainerDatabase(PostgreSQLContainer<?> container) implements WarehouseDatabase {
  /** The image that the Testcontainers variants of the warehouse tests run on. */
  static final String IMAGE = "postgres:17";

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + container.getHost() + ":"
        + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
  }

  @Override
  public String user() {
    return container.getUsername();
  }

  @Override
  public String password() {
    return container.getPassword();
  }
}
