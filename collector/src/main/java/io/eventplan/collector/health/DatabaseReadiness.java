package io.eventplan.collector.health;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.db.DatabaseStatus;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Readiness of a process that writes to the warehouse: PostgreSQL answers and the migrations are applied. */
public final class DatabaseReadiness implements Readiness {
  private final DatabaseStatus status;

  public DatabaseReadiness(DatabaseStatus status) {
    this.status = status;
  }

  @Override
  public boolean ready() {
    return status.ready();
  }

  @Override
  public void describe(ObjectNode checks) {
    checks.put("database", status.reachable() ? "up" : "down");
    checks.put("migrations", status.migrated() ? "applied" : "pending");
  }

  @Override
  public Optional<ApiException> refusal() {
    if (!status.migrated()) {
      return Optional.of(new ApiException(ErrorCode.NOT_READY,
          "the collector is starting; the warehouse is not migrated yet"));
    }
    if (!status.reachable()) {
      return Optional.of(new ApiException(ErrorCode.DATABASE_UNAVAILABLE, "the warehouse database is unreachable"));
    }
    return Optional.empty();
  }
}
