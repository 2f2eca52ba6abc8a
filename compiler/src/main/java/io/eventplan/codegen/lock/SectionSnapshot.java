package io.eventplan.codegen.lock;

import io.eventplan.plan.model.TraitsDef;
import java.util.List;
import java.util.Optional;

/** The traits of people or of companies; a plan without the section has {@link #EMPTY}. */
public record SectionSnapshot(String description, List<FieldSnapshot> traits) {

  public static final SectionSnapshot EMPTY = new SectionSnapshot("", List.of());

  public SectionSnapshot {
    traits = List.copyOf(traits);
  }

  public static SectionSnapshot of(Optional<TraitsDef> section) {
    return section
        .map(s -> new SectionSnapshot(s.description(), s.traits().stream().map(FieldSnapshot::of).toList()))
        .orElse(EMPTY);
  }

  public Optional<FieldSnapshot> trait(String traitName) {
    return traits.stream().filter(t -> t.name().equals(traitName)).findFirst();
  }
}
