package io.eventplan.collector.report;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.SqlNames;
import java.util.List;
import java.util.Optional;

/**
 * What the report needs to know of the plan: its events (the lookup's choices), the login event, and
 * each event's flat view with its property columns, named by the same rules as the generated views
 * ({@code event_<typed table>}, columns named as the properties).
 */
final class ReportPlan {
  private final TrackingPlan plan;

  ReportPlan(TrackingPlan plan) {
    this.plan = plan;
  }

  List<String> eventNames() {
    return plan.events().stream().map(EventDef::name).toList();
  }

  Optional<String> loginEvent() {
    return plan.loginEvent().map(EventDef::name);
  }

  boolean hasEvent(String name) {
    return plan.event(name).isPresent();
  }

  /** The flat view of an event: {@code event_logged_in}. */
  String view(String event) {
    EventDef def = plan.event(event).orElseThrow();
    return SqlNames.fit("event_" + SqlNames.table(def.name(), def.version()));
  }

  /** The view column of one of the event's properties, when it has that property. */
  Optional<String> propertyColumn(String event, String property) {
    return plan.event(event).flatMap(e -> e.property(property)).map(PropertyDef::name).map(SqlNames::fit);
  }

  /** The names of an event's properties, for error messages. */
  List<String> properties(String event) {
    return plan.event(event).map(e -> e.properties().stream().map(PropertyDef::name).toList()).orElse(List.of());
  }
}
