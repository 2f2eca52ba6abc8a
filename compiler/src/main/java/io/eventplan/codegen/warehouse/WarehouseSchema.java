package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.EventSnapshot;
import io.eventplan.codegen.lock.FieldSnapshot;
import io.eventplan.codegen.lock.PlanSnapshot;
import io.eventplan.plan.naming.SqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every table a plan snapshot implies, in creation order (companies, people, events,
 * rejected_events, then one typed table per event in plan order), and the naming conflicts that
 * would stop those tables from being created.
 */
public final class WarehouseSchema {
  /** Tables that are not event tables: the core tables and Liquibase's own. */
  static final Set<String> RESERVED_TABLES =
      Set.of("events", "people", "companies", "aliases", "rejected_events", "databasechangelog",
          "databasechangeloglock");

  private WarehouseSchema() {}

  public static List<TableSpec> tables(PlanSnapshot snapshot) {
    List<TableSpec> tables = new ArrayList<>();
    tables.add(CoreTables.companies(snapshot.companies()));
    tables.add(CoreTables.people(snapshot.people()));
    tables.add(CoreTables.events());
    tables.add(CoreTables.rejectedEvents());
    snapshot.events().forEach(e -> tables.add(EventTables.table(e)));
    return tables;
  }

  /**
   * Names the plan cannot have in the warehouse: an event table that is a core table, two event
   * versions sharing a table (now, or with a table made for an earlier snapshot), a trait that would
   * take a fixed column of people or companies.
   *
   * @param history every snapshot of the lock, oldest first
   */
  public static List<String> conflicts(PlanSnapshot current, List<PlanSnapshot> history) {
    List<String> problems = new ArrayList<>();
    Map<String, String> owners = new LinkedHashMap<>(); // table -> "event 'X' version N"
    List<PlanSnapshot> all = new ArrayList<>(history);
    all.add(current);
    for (PlanSnapshot snapshot : all) {
      for (EventSnapshot e : snapshot.events()) {
        owners.putIfAbsent(SqlNames.table(e.name(), e.version()), owner(e));
      }
    }
    for (EventSnapshot e : current.events()) {
      String table = SqlNames.table(e.name(), e.version());
      if (RESERVED_TABLES.contains(table)) {
        problems.add(owner(e) + " would get table " + table + ", which the warehouse reserves for itself"
            + " (reserved: events, people, companies, aliases, rejected_events and Liquibase's tables). Rename the event.");
      } else if (!owners.get(table).equals(owner(e))) {
        problems.add(owner(e) + " would get table " + table + ", which belongs to " + owners.get(table)
            + ". Rename the event.");
      }
    }
    traits("people", current.people().traits(), CoreTables.PEOPLE_FIXED, problems);
    traits("companies", current.companies().traits(), CoreTables.COMPANIES_FIXED, problems);
    return problems;
  }

  private static void traits(String section, List<FieldSnapshot> traits, List<String> fixed, List<String> problems) {
    for (FieldSnapshot trait : traits) {
      String column = SqlNames.column(trait.name());
      boolean companyOfPerson = section.equals("people") && column.equals("company_id") && trait.type().equals("string");
      if (fixed.contains(column) && !companyOfPerson) {
        problems.add("trait '" + trait.name() + "' of " + section + " would take column " + section + "." + column
            + ", which the warehouse keeps for itself ("
            + String.join(", ", fixed) + (section.equals("people") ? "; company_id may be a string trait" : "")
            + "). Rename the trait.");
      }
    }
  }

  private static String owner(EventSnapshot e) {
    return "event '" + e.name() + "' version " + e.version();
  }
}
