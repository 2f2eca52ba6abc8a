package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The warehouse's tables as the plan defines them: what the writer needs to build its SQL. */
public final class Warehouse {
  private final Map<String, TypedTable> typedTables = new LinkedHashMap<>();
  private final Optional<PeopleTable> people;
  private final Optional<CompaniesTable> companies;
  private final int planVersion;

  public Warehouse(TrackingPlan plan) {
    for (EventDef event : plan.events()) {
      typedTables.put(event.name(), TypedTable.of(event));
    }
    this.people = plan.people().map(PeopleTable::new);
    this.companies = plan.companies().map(CompaniesTable::new);
    this.planVersion = plan.info().version();
  }

  public TypedTable typedTable(EventDef event) {
    TypedTable table = typedTables.get(event.name());
    if (table == null) {
      throw new IllegalArgumentException("the plan has no event '" + event.name() + "'");
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
