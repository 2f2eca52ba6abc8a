package io.eventplan.collector.db;

import io.eventplan.collector.status.Reachability;

/**
 * What the collector knows about its database: whether it answered lately and whether the
 * migrations are applied. Ready means both; until then the API answers 503 with Retry-After.
 * Written by the writer, the probe and the migration step; read by every request.
 */
public final class DatabaseStatus extends Reachability {
  private volatile boolean migrated;

  public boolean ready() {
    return reachable() && migrated;
  }

  public boolean migrated() {
    return migrated;
  }

  public void markMigrated() {
    migrated = true;
  }
}
