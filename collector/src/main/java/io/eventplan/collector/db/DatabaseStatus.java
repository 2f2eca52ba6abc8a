package io.eventplan.collector.db;

/**
 * What the collector knows about its database: whether it answered lately and whether the
 * migrations are applied. Ready means both; until then the API answers 503 with Retry-After.
 * Written by the writer, the probe and the migration step; read by every request.
 */
public final class DatabaseStatus {
  private volatile boolean reachable;
  private volatile boolean migrated;
  private volatile String problem = "not checked yet";

  public boolean ready() {
    return reachable && migrated;
  }

  public boolean reachable() {
    return reachable;
  }

  public boolean migrated() {
    return migrated;
  }

  /** Why the database is not reachable; null when it is. */
  public String problem() {
    return reachable ? null : problem;
  }

  public void markReachable() {
    reachable = true;
  }

  public void markUnreachable(String why) {
    problem = why;
    reachable = false;
  }

  public void markMigrated() {
    migrated = true;
  }
}
