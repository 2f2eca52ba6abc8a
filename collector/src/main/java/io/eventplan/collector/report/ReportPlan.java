package io.eventplan.collector.report;

import io.eventplan.runtime.Column;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
import java.util.List;
import java.util.Optional;

/**
 * What the report needs to know of the plan: its events (the lookup's choices), the login event, and each event's
 * flat view with its property columns, as the generated plan names them ({@code event_<typed table>}, columns named
 * as the properties).
 */
final class ReportPlan {
  private final PlanTables plan;

  ReportPlan(PlanTables plan) {
    this.plan = plan;
  }

  List<String> eventNames() {
    return plan.events().stream().map(EventTable::event).toList();
  }

  Optional<String> loginEvent() {
    return plan.loginEvent();
  }

  boolean hasEvent(String name) {
    return plan.event(name).isPresent();
  }

  /** The flat view of an event: {@code event_logged_in}. */
  String view(String event) {
    return plan.event(event).orElseThrow().view();
  }

  /** The view column of one of the event's properties, when it has that property. */
  Optional<String> propertyColumn(String event, String property) {
    return plan.event(event).flatMap(e -> e.column(property)).map(Column::viewColumn);
  }

  /** The names of an event's properties, for error messages. */
  List<String> properties(String event) {
    return plan.event(event).map(e -> e.columns().stream().map(Column::property).toList()).orElse(List.of());
  }
}
