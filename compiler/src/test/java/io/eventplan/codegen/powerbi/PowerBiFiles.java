package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.WarehouseAddress;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test fixture: the Power BI files of a plan, generated in memory by both emitters, by path. */
record PowerBiFiles(Map<String, String> byPath) {
  static final EmitContext CONTEXT = new EmitContext("io.eventplan.generated", "tracking-plan.yaml");

  static TrackingPlan rootPlan() {
    return PlanLoader.load(Path.of("..", "tracking-plan.yaml"), "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow();
  }

  static TrackingPlan plan(String yaml) {
    return PlanLoader.load("tracking-plan.yaml", yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT)
        .orThrow();
  }

  static PowerBiFiles of(TrackingPlan plan) {
    return of(plan, CONTEXT);
  }

  static PowerBiFiles of(TrackingPlan plan, WarehouseAddress warehouse) {
    return of(plan, new EmitContext("io.eventplan.generated", "tracking-plan.yaml", warehouse));
  }

  static PowerBiFiles of(TrackingPlan plan, EmitContext context) {
    List<GeneratedFile> files = new ArrayList<>(new PowerBiConnectionEmitter().emit(plan, context));
    files.addAll(new PowerBiProjectEmitter().emit(plan, context));
    Map<String, String> byPath = new TreeMap<>();
    for (GeneratedFile file : files) {
      if (byPath.put(file.path(), file.content()) != null) {
        throw new AssertionError("two files at " + file.path());
      }
    }
    return new PowerBiFiles(byPath);
  }

  /** The files whose path ends with {@code suffix}. */
  Map<String, String> endingWith(String suffix) {
    Map<String, String> found = new TreeMap<>();
    byPath.forEach((path, content) -> {
      if (path.endsWith(suffix)) {
        found.put(path, content);
      }
    });
    return found;
  }

  /** The one file whose path ends with {@code suffix}. */
  String single(String suffix) {
    Map<String, String> found = endingWith(suffix);
    if (found.size() != 1) {
      throw new AssertionError("expected one file ending with " + suffix + " but found " + found.keySet());
    }
    return found.values().iterator().next();
  }

  /** The semantic model read back with the test's own TMDL reader. */
  TmdlReader.Model model() {
    return TmdlReader.read(endingWith(".tmdl"));
  }
}
