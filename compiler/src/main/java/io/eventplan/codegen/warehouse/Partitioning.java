package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.Changeset;
import io.eventplan.codegen.lock.LockFile;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code events} and the typed tables are laid out (docs/warehouse.md#month-partitions): as plain tables
 * ({@link #NONE}, the default) or partitioned by the month of their receive time ({@link #MONTH}, declarative
 * range partitioning; the collector and loaders create the months ahead of time). It is chosen when the first
 * changesets are generated and is then part of the warehouse: the lock's {@code events} changeset says which.
 */
public enum Partitioning {
  NONE,
  MONTH;

  /** What DDL of a partitioned table ends with; its presence in the events changeset marks a month warehouse. */
  static final String MARK = "PARTITION BY RANGE";

  /** The value of the plugin's {@code warehousePartitioning} parameter: {@code none} or {@code month}. */
  public static Partitioning of(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "none" -> NONE;
      case "month" -> MONTH;
      default -> throw new IllegalArgumentException("warehousePartitioning must be 'none' or 'month', not '"
          + value + "'");
    };
  }

  /** The partitioning a ledger's warehouse was created with; empty before its events table was generated. */
  static Optional<Partitioning> recordedIn(LockFile lock) {
    return lock.changesets().stream().filter(Partitioning::createsEvents).findFirst()
        .map(c -> c.sql().contains(MARK) ? MONTH : NONE);
  }

  private static boolean createsEvents(Changeset changeset) {
    return changeset.id().endsWith("-create-" + CoreTables.EVENTS);
  }

  /** The column a table is partitioned by under this partitioning; empty for the tables that stay plain. */
  Optional<String> keyOf(TableSpec table) {
    if (this == NONE) {
      return Optional.empty();
    }
    if (table.name().equals(CoreTables.EVENTS)) {
      return Optional.of("received_at");
    }
    return table.column("_event_id").isPresent() ? Optional.of("_received_at") : Optional.empty();
  }

  /** The parameter value, as written in a pom. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
