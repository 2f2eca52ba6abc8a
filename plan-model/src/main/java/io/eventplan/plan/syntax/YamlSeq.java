package io.eventplan.plan.syntax;

import io.eventplan.plan.Location;
import java.util.List;

/** A YAML sequence (list). */
public record YamlSeq(Location location, List<YamlNode> items) implements YamlNode {

  public YamlSeq {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
