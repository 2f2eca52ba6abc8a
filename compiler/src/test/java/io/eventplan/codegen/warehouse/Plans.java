package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Test helper: loads inline plans under the name {@code tracking-plan.yaml} and generates from them. */
final class Plans {
  static final String FILE = "tracking-plan.yaml";
  static final EmitContext CONTEXT = new EmitContext("io.eventplan.generated", FILE);

  private Plans() {}

  static TrackingPlan load(String yaml) {
    return PlanLoader.load(FILE, yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
  }

  /** A plan file with a header of the given plan version followed by {@code body}. */
  static TrackingPlan plan(int version, String body) {
    return load("plan:\n  name: Test\n  version: " + version + "\n" + body);
  }

  static WarehouseResult generate(TrackingPlan plan, Optional<LockFile> lock) {
    return WarehouseGeneration.generate(plan, CONTEXT, lock);
  }

  static WarehouseResult generate(TrackingPlan plan) {
    return generate(plan, Optional.empty());
  }
}
