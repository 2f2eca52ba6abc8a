package io.eventplan.codegen.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL 17 server that the warehouse tests run on: embedded ({@link EmbeddedPostgresExtension},
 * always) or a Testcontainers {@code postgres:17} container ({@link ContainerDatabase}, where Docker is
 * available). The test logic only sees this interface, so the same tests run on either.
 */
interface WarehouseDatabase {
  /** Numbers the databases created in this JVM, so that no two tests share one. */
  AtomicInteger DATABASES = new AtomicInteger();

  /** The JDBC URL of {@code database} on this server. */
  String jdbcUrl(String database);

  String user();

  String password();

  /** A new, empty UTF-8 database, created from the server's {@code postgres} database. */
  default TestDatabase freshDatabase() {
    String name = "warehouse_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new TestDatabase(jdbcUrl(name), user(), password());
  }
}
