package io.eventplan.plan.model;

import java.util.List;
import java.util.Optional;

/** A nested object with its own named properties; no others are allowed. */
public record ObjectType(List<PropertyDef> properties) implements PropertyType {

  public ObjectType {
    properties = List.copyOf(properties);
  }

  public Optional<PropertyDef> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }

  @Override
  public TypeKind kind() {
    return TypeKind.OBJECT;
  }
}
