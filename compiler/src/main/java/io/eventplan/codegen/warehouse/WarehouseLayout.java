package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.reporting.EventViews;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import io.eventplan.plan.naming.SqlNames;
import io.eventplan.runtime.Column;
import io.eventplan.runtime.ColumnType;
import io.eventplan.runtime.EventStatus;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
import io.eventplan.runtime.TraitsTable;
import java.util.List;

/**
 * The warehouse of a plan as the collector writes and reads it: each event's typed table and flat view, each
 * property's column, the people and companies tables, the login and sign-up events. Named by the same rules as the
 * generated changelog, so that the generated plan hands the collector names that exist.
 */
public final class WarehouseLayout {
  /** The table identify calls upsert, and its key. */
  public static final String PEOPLE = "people";
  public static final String PEOPLE_KEY = "user_id";
  /** The table group calls upsert, and its key. */
  public static final String COMPANIES = "companies";
  public static final String COMPANIES_KEY = "company_id";

  private WarehouseLayout() {}

  public static PlanTables of(TrackingPlan plan) {
    List<EventTable> events = plan.events().stream().map(WarehouseLayout::event).toList();
    return new PlanTables(events, plan.people().map(people -> traits(PEOPLE, PEOPLE_KEY, people)),
        plan.companies().map(companies -> traits(COMPANIES, COMPANIES_KEY, companies)),
        plan.loginEvent().map(EventDef::name), plan.signupEvent().map(EventDef::name));
  }

  private static EventTable event(EventDef event) {
    return new EventTable(event.name(), event.version(), EventStatus.valueOf(event.status().name()),
        SqlNames.table(event.name(), event.version()), EventViews.name(event),
        event.properties().stream().map(WarehouseLayout::column).toList());
  }

  /** The key column is the call's id: a trait that maps to it is not a column of its own. */
  private static TraitsTable traits(String table, String key, TraitsDef def) {
    return new TraitsTable(table, key, def.traits().stream()
        .filter(trait -> !SqlNames.column(trait.name()).equals(key))
        .map(WarehouseLayout::column)
        .toList());
  }

  private static Column column(PropertyDef property) {
    return new Column(property.name(), SqlNames.column(property.name()), SqlNames.fit(property.name()),
        columnType(property.type()));
  }

  /** How a value of the type is stored; the same mapping as the changelog's columns. */
  public static ColumnType columnType(PropertyType type) {
    return switch (type.kind()) {
      case STRING, URL, EMAIL -> ColumnType.TEXT;
      case INTEGER -> ColumnType.BIGINT;
      case NUMBER -> ColumnType.DOUBLE;
      case BOOLEAN -> ColumnType.BOOLEAN;
      case TIMESTAMP -> ColumnType.TIMESTAMP;
      case DATE -> ColumnType.DATE;
      case UUID -> ColumnType.UUID;
      case ARRAY, OBJECT -> ColumnType.JSONB;
    };
  }
}
