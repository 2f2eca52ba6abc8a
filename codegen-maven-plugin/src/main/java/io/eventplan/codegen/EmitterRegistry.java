package io.eventplan.codegen;

import java.util.List;

/** The emitters the compiler runs by default: one per output, and adding an output is one line here. */
public final class EmitterRegistry {
  private EmitterRegistry() {}

  /**
   * The built-in emitters, in a fixed order (their ids are part of the incremental fingerprint, so
   * adding one regenerates everything once).
   */
  public static List<Emitter> defaults() {
    return List.of(
        // One line per emitter, e.g. `new JsonSchemaEmitter(),`; the JSON Schema and Java emitters
        // (io.eventplan.codegen.jsonschema, io.eventplan.codegen.java) are registered when they land.
        );
  }
}
