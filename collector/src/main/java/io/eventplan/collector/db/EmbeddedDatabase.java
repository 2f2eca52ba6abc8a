package io.eventplan.collector.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL 17 started by the collector itself when no external database is configured. Its
 * data directory persists between runs, so what was collected stays. It listens on localhost only
 * (PostgreSQL's default) and commits synchronously, like a production server.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        // the library turns it off for speed; a 2xx must mean the event survives a crash
        .setServerConfig("synchronous_commit", "on")
        .start();
    return new EmbeddedDatabase(postgres);
  }

  /**
   * A PostgreSQL 17 for one test run (the test kit's): a free port, a new data directory under the system's temporary
   * folder that is deleted on {@link #close()}, and the library's settings for speed (no synchronous commit).
   */
  public static EmbeddedDatabase startThrowaway() throws IOException {
    return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public String user() {
    return "postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
