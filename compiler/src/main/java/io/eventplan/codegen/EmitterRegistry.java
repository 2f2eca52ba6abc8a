package io.eventplan.codegen;

import io.eventplan.codegen.catalog.CatalogEmitter;
import io.eventplan.codegen.java.JavaEmitter;
import io.eventplan.codegen.jsonschema.JsonSchemaEmitter;
import io.eventplan.codegen.powerbi.PowerBiConnectionEmitter;
import io.eventplan.codegen.powerbi.PowerBiProjectEmitter;
import io.eventplan.codegen.typescript.TypeScriptEmitter;
import io.eventplan.codegen.typescript.TypeScriptTarget;
import java.util.List;

/** The emitters the compiler runs by default: one per output, and adding an output is one line here. */
public final class EmitterRegistry {
  private EmitterRegistry() {}

  /**
   * The built-in emitters, in a fixed order (their ids are part of the incremental fingerprint, so
   * adding one regenerates everything once).
   */
  public static List<Emitter> defaults() {
    return defaults(TypeScriptTarget.SNIPPET);
  }

  /** The built-in emitters, the TypeScript one generating for {@code typescript}. */
  public static List<Emitter> defaults(TypeScriptTarget typescript) {
    return List.of(
        new JsonSchemaEmitter(),
        new JavaEmitter(),
        new TypeScriptEmitter(typescript),
        new PowerBiConnectionEmitter(),
        new PowerBiProjectEmitter(),
        new CatalogEmitter());
  }
}
