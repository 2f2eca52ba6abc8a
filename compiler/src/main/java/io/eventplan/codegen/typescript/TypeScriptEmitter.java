package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;

/**
 * Emits the typed tracking snippet {@code tracking.js} and its types {@code tracking.d.ts}, and the dev-only exact
 * format checks {@code tracking-formats.js} (docs/typescript-snippet.md).
 */
public final class TypeScriptEmitter implements Emitter {

  public static final String ID = "typescript";
  public static final String MODULE_PATH = "eventplan/typescript/tracking.js";
  public static final String DECLARATIONS_PATH = "eventplan/typescript/tracking.d.ts";
  /** The development-only module of exact format checks, and its types. */
  public static final String FORMATS_PATH = "eventplan/typescript/tracking-formats.js";
  public static final String FORMATS_DECLARATIONS_PATH = "eventplan/typescript/tracking-formats.d.ts";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    SnippetNames names = new SnippetNames(plan);
    EnvelopeFills fills = new EnvelopeFills(plan);
    return List.of(
        new GeneratedFile(OutputRoot.RESOURCES, MODULE_PATH, new ModuleWriter(plan, context, names, fills).write()),
        new GeneratedFile(OutputRoot.RESOURCES, DECLARATIONS_PATH,
            new DeclarationWriter(plan, context, names, fills).write()),
        new GeneratedFile(OutputRoot.RESOURCES, FORMATS_PATH, FormatsModuleWriter.module(context)),
        new GeneratedFile(OutputRoot.RESOURCES, FORMATS_DECLARATIONS_PATH, FormatsModuleWriter.declarations(context)));
  }
}
