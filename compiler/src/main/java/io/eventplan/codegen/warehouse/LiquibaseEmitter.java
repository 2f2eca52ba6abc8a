package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse as an {@link Emitter}: the Liquibase changelog for a plan, given the committed lock.
 * The lock is an input (constructor) because the changelog continues it; the compiler, which must
 * also write the updated lock, calls {@link WarehouseGeneration#generate} directly.
 */
public final class LiquibaseEmitter implements Emitter {
  private final Optional<LockFile> lock;

  public LiquibaseEmitter(Optional<LockFile> lock) {
    this.lock = lock;
  }

  @Override
  public String id() {
    return "liquibase";
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    WarehouseResult result = WarehouseGeneration.generate(plan, context, lock);
    return List.of(new GeneratedFile(OutputRoot.RESOURCES, WarehouseGeneration.CHANGELOG_PATH, result.changelog()));
  }
}
