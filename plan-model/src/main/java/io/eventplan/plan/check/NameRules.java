package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.Identifiers;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the names of a plan: that each maps to an identifier, that no two map to the same table,
 * column or type name, that SQL names fit PostgreSQL's 63 bytes, and the naming conventions.
 */
final class NameRules {
  private final Diagnostics diagnostics;
  private final NamingConventions conventions;

  NameRules(Diagnostics diagnostics, CheckOptions options) {
    this.diagnostics = diagnostics;
    this.conventions = new NamingConventions(diagnostics, options);
  }

  void check(TrackingPlan plan) {
    checkEvents(plan.events());
    Map<String, PropertyDef> commonColumns = new HashMap<>();
    for (PropertyDef p : plan.commonProperties()) {
      checkProperty(p, commonColumns, "the common properties");
    }
    for (EventDef event : plan.events()) {
      Map<String, PropertyDef> columns = new HashMap<>();
      for (PropertyDef p : event.properties()) {
        if (p.common()) {
          columns.putIfAbsent(Identifiers.snake(p.name()), p);
        } else {
          checkProperty(p, columns, "event '" + event.name() + "'");
        }
      }
    }
    plan.people().ifPresent(t -> checkAll(t.traits(), "the people traits"));
    plan.companies().ifPresent(t -> checkAll(t.traits(), "the companies traits"));
  }

  /** The warehouse table of an event: its snake_case name, with {@code _v<N>} from major version 2. */
  static String tableName(EventDef event) {
    String base = Identifiers.snake(event.name());
    return event.version() > 1 ? base + "_v" + event.version() : base;
  }

  private void checkEvents(List<EventDef> events) {
    Map<String, EventDef> tables = new HashMap<>();
    Map<String, EventDef> typeNames = new HashMap<>();
    for (EventDef event : events) {
      if (Identifiers.snake(event.name()).isEmpty()) {
        nameEmpty(event.location(), "event '" + event.name() + "'");
        continue;
      }
      conventions.checkEvent(event);
      String table = tableName(event);
      tooLong(event.location(), "event '" + event.name() + "'", "table name", table);
      EventDef first = tables.putIfAbsent(table, event);
      if (first != null) {
        collision(event.location(), "event '" + event.name() + "'", "event '" + first.name() + "'", first.location(), "table name '" + table + "'");
        continue;
      }
      String typeName = Identifiers.pascal(event.name()).toLowerCase(Locale.ROOT) + event.version();
      EventDef sameType = typeNames.putIfAbsent(typeName, event);
      if (sameType != null) {
        collision(event.location(), "event '" + event.name() + "'", "event '" + sameType.name() + "'", sameType.location(),
            "Java/TypeScript type name '" + Identifiers.pascal(event.name()) + "' (file names ignore case on some systems)");
      }
    }
  }

  private void checkAll(List<PropertyDef> properties, String where) {
    Map<String, PropertyDef> columns = new HashMap<>();
    properties.forEach(p -> checkProperty(p, columns, where));
  }

  /** Checks one property against the columns of its owner seen so far, then its nested fields. */
  private void checkProperty(PropertyDef property, Map<String, PropertyDef> columns, String where) {
    String column = Identifiers.snake(property.name());
    String what = "property '" + property.name() + "' of " + where;
    if (column.isEmpty()) {
      nameEmpty(property.location(), what);
      return;
    }
    conventions.checkProperty(property, where);
    tooLong(property.location(), what, "column name", column);
    PropertyDef first = columns.putIfAbsent(column, property);
    if (first != null) {
      collision(property.location(), what, "property '" + first.name() + "'", first.location(), "column name '" + column + "'");
    }
    nested(property.type()).ifPresent(object -> checkAll(object.properties(), "property '" + property.name() + "' of " + where));
  }

  private static java.util.Optional<ObjectType> nested(PropertyType type) {
    if (type instanceof ObjectType o) {
      return java.util.Optional.of(o);
    }
    if (type instanceof ArrayType a) {
      return nested(a.items());
    }
    return java.util.Optional.empty();
  }

  private void nameEmpty(Location at, String what) {
    diagnostics.error(DiagnosticCode.NAME_EMPTY, at,
        what + " has no letters or digits, so no table, column or code name can be made from it; rename it.");
  }

  private void tooLong(Location at, String what, String kind, String identifier) {
    int bytes = Identifiers.sqlByteLength(identifier);
    if (bytes > Identifiers.MAX_SQL_IDENTIFIER_BYTES) {
      diagnostics.error(DiagnosticCode.NAME_TOO_LONG, at,
          what + " maps to the " + kind + " '" + identifier + "', which is " + bytes
              + " bytes; PostgreSQL allows at most " + Identifiers.MAX_SQL_IDENTIFIER_BYTES + ". Use a shorter name.");
    }
  }

  private void collision(Location at, String what, String other, Location otherAt, String target) {
    diagnostics.error(DiagnosticCode.NAME_COLLISION, at,
        what + " maps to the same " + target + " as " + other + " (line " + otherAt.line()
            + "); rename one of them.");
  }
}
