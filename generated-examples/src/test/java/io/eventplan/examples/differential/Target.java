package io.eventplan.examples.differential;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a payload is checked against: an event, or the people or company traits.
 *
 * @param name the event name, or {@code people} / {@code companies}
 * @param schemaFile the schema's path below {@code eventplan/schemas/}, e.g. {@code events/logged_in.json}
 */
record Target(Kind kind, String name, String schemaFile, List<PropertyDef> properties) {

  enum Kind {
    EVENT,
    PEOPLE,
    COMPANIES;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Every event of the plan, then the people and company traits. */
  static List<Target> of(TrackingPlan plan) {
    List<Target> targets = new ArrayList<>();
    for (EventDef event : plan.events()) {
      String snake = Identifiers.snake(event.name());
      String file = "events/" + (event.version() > 1 ? snake + "_v" + event.version() : snake) + ".json";
      targets.add(new Target(Kind.EVENT, event.name(), file, event.properties()));
    }
    plan.people().ifPresent(people -> targets.add(new Target(Kind.PEOPLE, "people", "people.json", people.traits())));
    plan.companies().ifPresent(
        companies -> targets.add(new Target(Kind.COMPANIES, "companies", "companies.json", companies.traits())));
    return targets;
  }
}
