package io.eventplan.codegen;

import io.eventplan.codegen.lock.BreakingChangeException;
import io.eventplan.codegen.lock.Change;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockFileException;
import io.eventplan.codegen.warehouse.WarehouseGeneration;
import io.eventplan.codegen.warehouse.WarehouseNamingException;
import io.eventplan.codegen.warehouse.WarehouseResult;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse part of a compilation: reads the lock file beside the plan, classifies the plan's
 * changes (breaking ones fail), and yields the Liquibase changelog plus the lock to write back.
 * Unlike an {@link Emitter} it has state of its own, the committed lock, so the compiler runs it.
 *
 * @param changelog the generated changelog, a resource like any emitter's output
 * @param lockFile where the lock lives, beside the plan
 * @param lock the ledger as it must be after this run
 * @param lockBytes the lock as it must be after this run (equal to the file when nothing changed)
 * @param lockChanged true when {@code lockFile} must be (re)written
 * @param changes the plan's non-breaking changes since the last snapshot, for the build log
 */
record WarehouseStep(
    GeneratedFile changelog, Path lockFile, LockFile lock, byte[] lockBytes, boolean lockChanged, List<Change> changes) {

  /** Runs the warehouse generation for {@code request}; breaking changes fail like plan errors. */
  static WarehouseStep run(CodegenRequest request, TrackingPlan plan) throws PlanCompilationException, IOException {
    Path lockFile = WarehouseGeneration.lockFileOf(request.planFile());
    String lockName = lockFile.getFileName().toString();
    Optional<LockFile> lock;
    try {
      lock = WarehouseGeneration.readLock(lockFile);
    } catch (LockFileException e) {
      throw PlanCompilationException.of(request.planDisplayName(), "the lock file " + lockName
          + " cannot be read", List.of(e.getMessage() + " Restore it from version control."));
    }
    WarehouseResult result;
    try {
      result = WarehouseGeneration.generate(plan, request.emitContext(), lock);
    } catch (BreakingChangeException e) {
      throw PlanCompilationException.of(request.planDisplayName(),
          "the plan changed in ways that would break the warehouse or existing senders (see"
              + " docs/plan-evolution.md)",
          e.changes().stream().map(Change::toString).toList());
    } catch (WarehouseNamingException e) {
      throw PlanCompilationException.of(request.planDisplayName(),
          "the warehouse cannot hold this plan", e.problems());
    }
    GeneratedFile changelog =
        new GeneratedFile(OutputRoot.RESOURCES, WarehouseGeneration.CHANGELOG_PATH, result.changelog());
    byte[] bytes = result.lockJson().getBytes(StandardCharsets.UTF_8);
    boolean changed = !lock.isPresent() || result.lockChanged();
    return new WarehouseStep(changelog, lockFile, result.lock(), bytes, changed, result.changes());
  }

  /** Writes the lock file when it changed. */
  boolean writeLock() throws IOException {
    if (!lockChanged) {
      return false;
    }
    Files.createDirectories(lockFile.toAbsolutePath().getParent());
    return OutputFiles.writeIfChanged(lockFile, lockBytes);
  }
}
