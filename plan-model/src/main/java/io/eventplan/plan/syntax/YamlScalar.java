package io.eventplan.plan.syntax;

import io.eventplan.plan.Location;

/** A YAML scalar: its text exactly as resolved by the YAML 1.2 core schema, and what kind of value it is. */
public record YamlScalar(Location location, Kind kind, String text) implements YamlNode {

  /** What the YAML core schema resolved the scalar to. */
  public enum Kind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> "the text '" + text + "'";
      case INTEGER, FLOAT -> "the number " + text;
      case BOOLEAN -> text;
      case NULL -> "an empty value";
    };
  }
}
