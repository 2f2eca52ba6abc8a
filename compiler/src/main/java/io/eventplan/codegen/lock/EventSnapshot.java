package io.eventplan.codegen.lock;

import io.eventplan.plan.model.EventDef;
import java.util.List;
import java.util.Optional;

/**
 * One event as the warehouse sees it: its name and major version (together they name its table),
 * whether it is deprecated, its description and its effective properties in plan order.
 */
public record EventSnapshot(
    String name, int version, boolean deprecated, String description, List<FieldSnapshot> properties) {

  public EventSnapshot {
    properties = List.copyOf(properties);
  }

  public static EventSnapshot of(EventDef event) {
    return new EventSnapshot(
        event.name(),
        event.version(),
        event.isDeprecated(),
        event.description(),
        event.properties().stream().map(FieldSnapshot::of).toList());
  }

  public Optional<FieldSnapshot> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }
}
