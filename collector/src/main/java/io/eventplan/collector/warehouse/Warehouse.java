package io.eventplan.collector.warehouse;

import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The warehouse's tables as the generated plan describes them: what the writer needs to build its SQL. */
public final class Warehouse {
  private final Map<String, TypedTable> typedTables = new LinkedHashMap<>();
  private final Optional<PeopleTable> people;
  private final Optional<CompaniesTable> companies;
  private final int planVersion;

  public Warehouse(PlanTables tables, int planVersion) {
    for (EventTable event : tables.events()) {
      typedTables.put(event.event(), TypedTable.of(event));
    }
    this.people = tables.people().map(PeopleTable::new);
    this.companies = tables.companies().map(CompaniesTable::new);
    this.planVersion = planVersion;
  }

  public TypedTable typedTable(EventTable event) {
    TypedTable table = typedTables.get(event.event());
    if (table == null) {
      throw new IllegalArgumentException("the plan has no event '" + event.event() + "'");
    }
    return table;
  }

  public boolean hasPeople() {
    return people.isPresent();
  }

  public PeopleTable people() {
    return people.orElseThrow(() -> new IllegalStateException("the plan has no people section"));
  }

  public CompaniesTable companies() {
    return companies.orElseThrow(() -> new IllegalStateException("the plan has no companies section"));
  }

  public int planVersion() {
    return planVersion;
  }
}
