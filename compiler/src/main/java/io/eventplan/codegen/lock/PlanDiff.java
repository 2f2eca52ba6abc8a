package io.eventplan.codegen.lock;

import io.eventplan.plan.Location;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TraitsDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every change between the last snapshot in the lock and the current plan, classified and located
 * in the plan file, in plan order. Events are matched by name and properties and traits by name, so
 * a rename is a removal plus an addition.
 */
public final class PlanDiff {
  private final TrackingPlan plan;
  private final TableNaming naming;
  private final List<Change> changes = new ArrayList<>();
  private final ChangeClassifier classifier = new ChangeClassifier(changes);

  private PlanDiff(TrackingPlan plan, TableNaming naming) {
    this.plan = plan;
    this.naming = naming;
  }

  /**
   * Classifies every change from {@code old} to {@code current}.
   *
   * @param plan the plan {@code current} was taken from, for locations
   */
  public static List<Change> between(PlanSnapshot old, PlanSnapshot current, TrackingPlan plan, TableNaming naming) {
    PlanDiff diff = new PlanDiff(plan, naming);
    diff.events(old, current);
    diff.section("people", old.people(), current.people(), plan.people());
    diff.section("companies", old.companies(), current.companies(), plan.companies());
    List<Change> sorted = new ArrayList<>(diff.changes);
    sorted.sort(Comparator.comparing(Change::location)); // stable: equal places keep their order
    return List.copyOf(sorted);
  }

  private void events(PlanSnapshot old, PlanSnapshot current) {
    for (EventSnapshot o : old.events()) {
      if (current.event(o.name()).isEmpty()) {
        add(ChangeKind.EVENT_REMOVED, Location.ofFile(plan.file()),
            ChangeMessages.eventRemoved(o.name(), naming.table(o.name(), o.version())));
      }
    }
    for (EventSnapshot e : current.events()) {
      Location at = eventLocation(e.name());
      String table = naming.table(e.name(), e.version());
      Optional<EventSnapshot> found = old.event(e.name());
      if (found.isEmpty()) {
        add(ChangeKind.EVENT_ADDED, at, ChangeMessages.eventAdded(e.name(), table));
        continue;
      }
      EventSnapshot o = found.get();
      String oldTable = naming.table(o.name(), o.version());
      if (e.version() > o.version()) {
        add(ChangeKind.EVENT_VERSION_RAISED, at,
            ChangeMessages.versionRaised(e.name(), o.version(), e.version(), oldTable, table));
        continue; // a new table: nothing of the old version's table is compared
      }
      if (e.version() < o.version()) {
        add(ChangeKind.EVENT_VERSION_LOWERED, at,
            ChangeMessages.versionLowered(e.name(), o.version(), e.version(), oldTable));
        continue;
      }
      if (!o.deprecated() && e.deprecated()) {
        add(ChangeKind.EVENT_DEPRECATED, at, ChangeMessages.eventDeprecated(e.name(), table));
      } else if (o.deprecated() && !e.deprecated()) {
        add(ChangeKind.EVENT_REINSTATED, at, ChangeMessages.eventReinstated(e.name(), table));
      }
      if (!o.description().equals(e.description())) {
        add(ChangeKind.DESCRIPTION_CHANGED, at, ChangeMessages.tableDescriptionChanged("event '" + e.name() + "'", table));
      }
      classifier.fields(
          o.properties(),
          e.properties(),
          name -> Subject.eventProperty(e, name, naming),
          name -> propertyLocation(e.name(), name).orElse(at));
    }
  }

  private void section(String name, SectionSnapshot old, SectionSnapshot current, Optional<TraitsDef> def) {
    Location at = def.map(TraitsDef::location).orElse(Location.ofFile(plan.file()));
    if (!old.description().equals(current.description())) {
      add(ChangeKind.DESCRIPTION_CHANGED, at, ChangeMessages.tableDescriptionChanged(name, name));
    }
    classifier.fields(
        old.traits(),
        current.traits(),
        trait -> Subject.trait(name, trait),
        trait -> def.flatMap(d -> d.trait(trait)).map(PropertyDef::location).orElse(at));
  }

  private Location eventLocation(String event) {
    return plan.event(event).map(EventDef::location).orElse(Location.ofFile(plan.file()));
  }

  private Optional<Location> propertyLocation(String event, String property) {
    return plan.event(event).flatMap(e -> e.property(property)).map(PropertyDef::location);
  }

  private void add(ChangeKind kind, Location at, String message) {
    changes.add(new Change(kind, at, message));
  }
}
