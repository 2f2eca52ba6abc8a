package io.eventplan.plan.syntax;

import io.eventplan.plan.Location;

/** A node of the parsed YAML document, before any meaning is given to it; every node knows where it is. */
public sealed interface YamlNode permits YamlMap, YamlSeq, YamlScalar {

  Location location();

  /** A short human description of the node's shape, for "expected X, found Y" messages. */
  String describe();
}
