package io.eventplan.plan.model;

import io.eventplan.plan.Location;
import java.util.List;
import java.util.Optional;

/**
 * A checked property (or trait, or nested object field).
 *
 * @param examples illustrations only, already converted to the type's Java value (String, Long,
 *     Double, Boolean, or List/Map for arrays and objects)
 * @param common true when the property comes from {@code common_properties}
 */
public record PropertyDef(
    String name,
    PropertyType type,
    boolean required,
    String description,
    List<Object> examples,
    boolean pii,
    boolean deprecated,
    Optional<Reference> references,
    boolean common,
    Location location) {

  public PropertyDef {
    examples = List.copyOf(examples);
  }
}
