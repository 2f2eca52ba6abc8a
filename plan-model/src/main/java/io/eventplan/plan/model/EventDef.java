package io.eventplan.plan.model;

import io.eventplan.plan.Location;
import java.util.List;
import java.util.Optional;

/**
 * One event of the plan, in the columns of Segment's tracking plan template.
 *
 * @param name the event name exactly as written (Segment: Name), e.g. {@code Logged In}
 * @param whereTracked where in the product it fires (Segment: Location)
 * @param code free text from the plan (Segment: Code); generated docs show the real calls
 * @param version the event's major version; a new major version gets its own warehouse table
 * @param properties the effective properties: common properties (refined) first, then the event's own
 */
public record EventDef(
    String name,
    String description,
    EventStatus status,
    Conversion conversion,
    String whereTracked,
    String code,
    int version,
    List<PropertyDef> properties,
    Location location) {

  public EventDef {
    properties = List.copyOf(properties);
  }

  public boolean isDeprecated() {
    return status == EventStatus.DEPRECATED;
  }

  public Optional<PropertyDef> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }
}
