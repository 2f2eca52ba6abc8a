package io.eventplan.plan.model;

import io.eventplan.plan.Location;
import java.util.List;
import java.util.Optional;

/** The traits of people (from identify) or of companies (from group). */
public record TraitsDef(String description, List<PropertyDef> traits, Location location) {

  public TraitsDef {
    traits = List.copyOf(traits);
  }

  public Optional<PropertyDef> trait(String traitName) {
    return traits.stream().filter(p -> p.name().equals(traitName)).findFirst();
  }
}
