package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;

/**
 * Emits the typed tracking snippet {@code tracking.js} and its types {@code tracking.d.ts}, and the dev-only exact
 * format checks {@code tracking-formats.js} (docs/typescript-snippet.md); or, for {@link TypeScriptTarget#ANALYTICS_NEXT},
 * {@code tracking.js} and {@code tracking.d.ts} with the same typed functions calling an analytics-next instance.
 */
public final class TypeScriptEmitter implements Emitter {

  public static final String ID = "typescript";
  public static final String MODULE_PATH = "eventplan/typescript/tracking.js";
  public static final String DECLARATIONS_PATH = "eventplan/typescript/tracking.d.ts";
  /** The development-only module of exact format checks, and its types. */
  public static final String FORMATS_PATH = "eventplan/typescript/tracking-formats.js";
  public static final String FORMATS_DECLARATIONS_PATH = "eventplan/typescript/tracking-formats.d.ts";

  private final TypeScriptTarget target;

  /** The snippet with its own transport. */
  public TypeScriptEmitter() {
    this(TypeScriptTarget.SNIPPET);
  }

  public TypeScriptEmitter(TypeScriptTarget target) {
    this.target = target;
  }

  /** {@value #ID}, with the target when it is not the snippet, so that changing it regenerates the files. */
  @Override
  public String id() {
    return target == TypeScriptTarget.SNIPPET ? ID : ID + "-" + target.id();
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    SnippetNames names = new SnippetNames(plan);
    EnvelopeFills fills = new EnvelopeFills(plan);
    GeneratedFile module = new GeneratedFile(OutputRoot.RESOURCES, MODULE_PATH,
        new ModuleWriter(plan, context, names, fills, target).write());
    GeneratedFile declarations = new GeneratedFile(OutputRoot.RESOURCES, DECLARATIONS_PATH,
        new DeclarationWriter(plan, context, names, fills, target).write());
    if (target == TypeScriptTarget.ANALYTICS_NEXT) {
      return List.of(module, declarations); // no dev-mode check, so no format checks
    }
    return List.of(module, declarations,
        new GeneratedFile(OutputRoot.RESOURCES, FORMATS_PATH, FormatsModuleWriter.module(context)),
        new GeneratedFile(OutputRoot.RESOURCES, FORMATS_DECLARATIONS_PATH, FormatsModuleWriter.declarations(context)));
  }
}
