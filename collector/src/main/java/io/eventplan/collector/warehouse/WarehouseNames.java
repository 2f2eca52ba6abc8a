package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.naming.Identifiers;

/**
 * SQL names of the warehouse, derived from plan names exactly as the Liquibase changelog derives
 * them: snake_case identifiers, one typed table per event and major version ({@code logged_in},
 * {@code logged_in_v2}), always double-quoted in SQL so that keywords ({@code order}, {@code user})
 * and Unicode names work.
 */
public final class WarehouseNames {
  private WarehouseNames() {}

  /** The typed table of an event: its snake_case name, with {@code _v<N>} from version 2 on. */
  public static String eventTable(EventDef event) {
    String base = Identifiers.snake(event.name());
    return event.version() > 1 ? base + "_v" + event.version() : base;
  }

  /** The column of a property or trait. */
  public static String column(String propertyName) {
    return Identifiers.snake(propertyName);
  }

  /** A quoted SQL identifier: {@code order} -> {@code "order"}, {@code a"b} -> {@code "a""b"}. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
