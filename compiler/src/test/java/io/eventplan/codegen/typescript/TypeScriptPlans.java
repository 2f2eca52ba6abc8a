package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The plans the TypeScript emitter's tests run on, and the emitted snippet's files. */
final class TypeScriptPlans {

  static final EmitContext CONTEXT = new EmitContext("io.eventplan.generated", "tracking-plan.yaml");

  /** The tests run from the module directory; the root plan lives at the repository root. */
  static final Path ROOT_PLAN = Path.of("..", "tracking-plan.yaml");

  private TypeScriptPlans() {}

  static TrackingPlan rootPlan() {
    return PlanLoader.load(ROOT_PLAN, "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow();
  }

  /** Every type and constraint, with keyword, Unicode, digit-first and colliding names. */
  static TrackingPlan everyTypePlan() {
    return fromYaml(resource("every-type-plan.yaml"));
  }

  static TrackingPlan fromYaml(String yaml) {
    return PlanLoader.load("tracking-plan.yaml", yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
  }

  static String resource(String name) {
    try (InputStream in = TypeScriptPlans.class.getResourceAsStream("/typescript/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The emitted {@code tracking.js} and {@code tracking.d.ts}, and the dev-only {@code tracking-formats.js} and its types. */
  record Snippet(String module, String declarations, String formats, String formatsDeclarations) {}

  static Snippet emit(TrackingPlan plan) {
    List<GeneratedFile> files = new TypeScriptEmitter().emit(plan, CONTEXT);
    return new Snippet(content(files, TypeScriptEmitter.MODULE_PATH), content(files, TypeScriptEmitter.DECLARATIONS_PATH),
        content(files, TypeScriptEmitter.FORMATS_PATH), content(files, TypeScriptEmitter.FORMATS_DECLARATIONS_PATH));
  }

  /** The emitted {@code tracking.js} and {@code tracking.d.ts} over analytics-next. */
  record Wrapper(String module, String declarations) {}

  static Wrapper emitAnalyticsNext(TrackingPlan plan) {
    List<GeneratedFile> files = new TypeScriptEmitter(TypeScriptTarget.ANALYTICS_NEXT).emit(plan, CONTEXT);
    return new Wrapper(content(files, TypeScriptEmitter.MODULE_PATH), content(files, TypeScriptEmitter.DECLARATIONS_PATH));
  }

  private static String content(List<GeneratedFile> files, String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
  }
}
