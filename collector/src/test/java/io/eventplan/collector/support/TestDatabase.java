package io.eventplan.collector.support;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.db.DataSources;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 for tests: one embedded server per test JVM (started on first use), and a
 * fresh database for each test class, so classes never see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private final String name;
  private final HikariDataSource pool;

  private TestDatabase(String name, HikariDataSource pool) {
    this.name = name;
    this.pool = pool;
  }

  /** A new, empty database on the shared server. */
  public static synchronized TestDatabase create() {
    EmbeddedPostgres postgres = server();
    String name = "collector_test_" + COUNTER.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database", e);
    }
    return new TestDatabase(name, DataSources.pool(jdbcUrl(name), "postgres", null, null));
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // the JVM is ending anyway
        }
      }));
    }
    return server;
  }

  public static String jdbcUrl(String database) {
    return server().getJdbcUrl("postgres", database);
  }

  public String jdbcUrl() {
    return jdbcUrl(name);
  }

  public HikariDataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
