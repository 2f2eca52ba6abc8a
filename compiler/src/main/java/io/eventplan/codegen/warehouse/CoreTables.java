package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.FieldSnapshot;
import io.eventplan.codegen.lock.SectionSnapshot;
import io.eventplan.plan.naming.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables every warehouse has, whatever the plan: {@code companies} and {@code people} (one
 * column per trait), {@code events} (one row per accepted event, indexed for "has user X done Y"
 * and "last Y per user") and {@code rejected_events} (what the collector refused, raw). The
 * {@code aliases} table, which has no plan-dependent column, is made by {@link CoreChangesets}.
 */
final class CoreTables {
  static final String COMPANIES = "companies";
  static final String PEOPLE = "people";
  static final String EVENTS = "events";
  static final String REJECTED = "rejected_events";

  /** Columns of people that no trait may take; company_id may be a string trait (it is then that column). */
  static final List<String> PEOPLE_FIXED = List.of("user_id", "company_id", "first_seen_at", "last_seen_at");

  static final List<String> COMPANIES_FIXED = List.of("company_id", "first_seen_at", "last_seen_at");

  private CoreTables() {}

  static TableSpec companies(SectionSnapshot section) {
    List<ColumnSpec> columns = new ArrayList<>();
    columns.add(new ColumnSpec("company_id", "text", true, "PRIMARY KEY", "Id of the company (the group id of group calls)."));
    seen(columns, "company");
    List<CheckSpec> checks = new ArrayList<>();
    traits(COMPANIES, section, columns, checks);
    return new TableSpec(COMPANIES, "companies", describe("One row per company, with its traits from group calls.", section),
        columns, checks, List.of());
  }

  static TableSpec people(SectionSnapshot section) {
    List<ColumnSpec> columns = new ArrayList<>();
    columns.add(new ColumnSpec("user_id", "text", true, "PRIMARY KEY", "Id of the person (the user id of identify calls)."));
    List<CheckSpec> checks = new ArrayList<>();
    FieldSnapshot companyTrait = section.traits().stream()
        .filter(t -> SqlNames.column(t.name()).equals("company_id")).findFirst().orElse(null);
    // no foreign key: Segment's libraries do not order calls, so a person may name a company whose group
    // call has not arrived yet; the reports join the two when it has (CoreChangesets drops the key of
    // warehouses generated before)
    if (companyTrait == null) {
      columns.add(new ColumnSpec("company_id", "text", false, "",
          "Id of the person's company: companies.company_id once its group call has arrived."));
    } else {
      columns.add(FieldColumns.column(companyTrait));
      checks.addAll(FieldColumns.checks(PEOPLE, companyTrait));
    }
    SectionSnapshot others = new SectionSnapshot(section.description(),
        section.traits().stream().filter(t -> t != companyTrait).toList());
    seen(columns, "person");
    traits(PEOPLE, others, columns, checks);
    return new TableSpec(PEOPLE, "people", describe("One row per person, with their traits from identify calls.", section),
        columns, checks, List.of(new IndexSpec(ConstraintNames.index(PEOPLE, "company_id"), SqlNames.quote("company_id"))));
  }

  static TableSpec events() {
    List<ColumnSpec> columns = List.of(
        new ColumnSpec("event_id", "uuid", true, "PRIMARY KEY", "Id of the event: the deduplication key."),
        new ColumnSpec("event_name", "text", true, "", "Name of the event as in the plan, e.g. Logged In."),
        new ColumnSpec("event_version", "integer", true, "DEFAULT 1", "Major version of the event; version 2 and up have their own typed table."),
        new ColumnSpec("user_id", "text", false, "", "Id of the logged-in user; NULL while the visitor is anonymous."),
        new ColumnSpec("anonymous_id", "text", false, "", "Id of the anonymous visitor, when the sender has one."),
        new ColumnSpec("timestamp", "timestamptz", true, "", "When the event happened, as the sender says."),
        new ColumnSpec("received_at", "timestamptz", true, "DEFAULT now()", "When the collector accepted the event."),
        new ColumnSpec("url", "text", false, "", "Page or endpoint where the event happened."),
        new ColumnSpec("properties", "jsonb", true, "", "The event's properties as sent (validated against the plan)."),
        new ColumnSpec("context", "jsonb", false, "", "What the sender knew besides the properties: library, user agent, ip..."),
        new ColumnSpec("plan_version", "integer", true, "", "Version of the plan that validated the event."));
    List<CheckSpec> checks = List.of(
        new CheckSpec("events_properties_type", "properties", "jsonb_typeof(\"properties\") = 'object'"),
        new CheckSpec("events_context_type", "context", "jsonb_typeof(\"context\") = 'object'"));
    List<IndexSpec> indexes = List.of(
        new IndexSpec(ConstraintNames.index(EVENTS, "user_id_event_name_timestamp"), "\"user_id\", \"event_name\", \"timestamp\" DESC"),
        new IndexSpec(ConstraintNames.index(EVENTS, "event_name_timestamp"), "\"event_name\", \"timestamp\" DESC"));
    return new TableSpec(EVENTS, "events",
        "One row per accepted event, whatever its name; each event's typed table holds the same event column by column.",
        columns, checks, indexes);
  }

  static TableSpec rejectedEvents() {
    List<ColumnSpec> columns = List.of(
        new ColumnSpec("id", "bigint", true, "GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "Sequence number of the rejection."),
        new ColumnSpec("received_at", "timestamptz", true, "DEFAULT now()", "When the collector received the event."),
        new ColumnSpec("event_name", "text", false, "", "Name of the event, when the collector could read one."),
        new ColumnSpec("payload", "text", true, "", "The request body exactly as received (it may not be valid JSON)."),
        new ColumnSpec("reasons", "jsonb", true, "", "Why the event was refused: a list of {path, rule, message}."),
        new ColumnSpec("source_ip", "inet", false, "", "Address the event came from, when known."),
        new ColumnSpec("plan_version", "integer", false, "", "Version of the plan the event was checked against."));
    List<CheckSpec> checks = List.of(
        new CheckSpec("rejected_events_reasons_type", "reasons", "jsonb_typeof(\"reasons\") = 'array'"));
    List<IndexSpec> indexes = List.of(
        new IndexSpec(ConstraintNames.index(REJECTED, "received_at"), "\"received_at\" DESC"),
        new IndexSpec(ConstraintNames.index(REJECTED, "event_name_received_at"), "\"event_name\", \"received_at\" DESC"));
    return new TableSpec(REJECTED, "rejected events",
        "Every event the collector could not accept, with its raw payload and the reasons, so nothing is lost.",
        columns, checks, indexes);
  }

  private static void traits(String table, SectionSnapshot section, List<ColumnSpec> columns, List<CheckSpec> checks) {
    for (FieldSnapshot trait : section.traits()) {
      columns.add(FieldColumns.column(trait));
      checks.addAll(FieldColumns.checks(table, trait));
    }
  }

  private static void seen(List<ColumnSpec> columns, String what) {
    columns.add(new ColumnSpec("first_seen_at", "timestamptz", true, "DEFAULT now()", "When the " + what + " was first seen."));
    columns.add(new ColumnSpec("last_seen_at", "timestamptz", true, "DEFAULT now()", "When the " + what + " was last seen."));
  }

  private static String describe(String fixed, SectionSnapshot section) {
    return section.description().isEmpty() ? fixed : fixed + " " + section.description();
  }
}
