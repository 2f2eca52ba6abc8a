package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.lock.BreakingChangeException;
import io.eventplan.codegen.lock.Change;
import io.eventplan.codegen.lock.Changeset;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import io.eventplan.codegen.lock.PlanDiff;
import io.eventplan.codegen.lock.PlanSnapshot;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.SqlNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warehouse generation, in four steps: (1) snapshot the plan and check its table and column
 * names; (2) classify every change since the lock's last snapshot and refuse breaking ones, all at
 * once; (3) plan new changesets for the tables that differ; (4) append snapshot and changesets to
 * the ledger and write the changelog: the existing changesets verbatim, then the new ones, then the
 * core changesets every warehouse gets ({@link CoreChangesets}), then the reporting schema's changesets
 * ({@link ReportChangesets}), which follow the plan; neither of the last two is in the ledger. Pure and
 * deterministic: the caller reads and writes the files.
 */
public final class WarehouseGeneration {

  /** Where the changelog goes under the generated resources, and its Liquibase logicalFilePath. */
  public static final String CHANGELOG_PATH = "eventplan/db/changelog.sql";

  private WarehouseGeneration() {}

  /**
   * Generates the changelog and the new lock for {@code plan}.
   *
   * @param lock the committed lock, or empty before the first generation
   * @throws BreakingChangeException when the plan changed in ways that would break the warehouse
   * @throws WarehouseNamingException when the plan's names cannot become the warehouse's tables
   */
  public static WarehouseResult generate(TrackingPlan plan, EmitContext context, Optional<LockFile> lock) {
    LockFile ledger = lock.orElse(LockFile.EMPTY);
    PlanSnapshot current = PlanSnapshot.of(plan);
    List<String> conflicts = WarehouseSchema.conflicts(current, ledger.snapshots());
    if (!conflicts.isEmpty()) {
      throw new WarehouseNamingException(plan.file(), conflicts);
    }
    Partitioning partitioning = partitioning(plan, context, ledger);
    Optional<PlanSnapshot> last = ledger.latest();
    if (last.isPresent() && last.get().sameContract(current)) {
      String changelog = ChangelogWriter.write(context, ledger.changesets(), CoreChangesets.all(),
          reporting(plan, ledger, partitioning));
      return new WarehouseResult(changelog, ledger, LockJson.write(ledger), false, List.of(), List.of());
    }
    // the first generation has nothing to compare with and nothing to break
    List<Change> changes =
        last.map(l -> PlanDiff.between(l, current, plan, SqlNames::table)).orElse(List.of());
    List<Change> breaking = changes.stream().filter(Change::breaking).toList();
    if (!breaking.isEmpty()) {
      throw new BreakingChangeException(breaking);
    }
    List<TableSpec> oldTables = last.map(WarehouseSchema::tables).orElse(List.of());
    List<Changeset> added = ChangesetPlanner.plan(
        oldTables, WarehouseSchema.tables(current), ledger.changesets().size() + 1, plan.info().version(),
        partitioning);
    LockFile next = ledger.append(current, added);
    String changelog = ChangelogWriter.write(context, next.changesets(), CoreChangesets.all(),
        reporting(plan, next, partitioning));
    return new WarehouseResult(changelog, next, LockJson.write(next), true, changes, added);
  }

  private static List<ReportChangeset> reporting(TrackingPlan plan, LockFile ledger, Partitioning partitioning) {
    Set<String> tables = new TreeSet<>();
    ledger.snapshots().forEach(s -> s.events().forEach(e -> tables.add(SqlNames.table(e.name(), e.version()))));
    List<ReportChangeset> reporting = new ArrayList<>();
    if (partitioning == Partitioning.MONTH) {
      reporting.add(PartitionedDedup.changeset(tables));
    }
    reporting.addAll(ReportChangesets.of(plan, tables));
    return reporting;
  }

  /**
   * The partitioning asked for, which must be the one the ledger's warehouse was created with: a warehouse cannot
   * change it by regenerating (its tables exist, with their rows).
   */
  private static Partitioning partitioning(TrackingPlan plan, EmitContext context, LockFile ledger) {
    Optional<Partitioning> recorded = Partitioning.recordedIn(ledger);
    if (recorded.isPresent() && recorded.get() != context.partitioning()) {
      throw new WarehouseNamingException(plan.file(), List.of("warehousePartitioning is '"
          + context.partitioning().value() + "' but the warehouse in " + LockFile.FILE_NAME + " was created with '"
          + recorded.get().value() + "'; it is chosen once, at the first generation. Set warehousePartitioning to '"
          + recorded.get().value() + "' (docs/warehouse.md#month-partitions says how to move the data otherwise)"));
    }
    return context.partitioning();
  }

  /** The lock file of a plan: {@code tracking-plan.yaml} -> {@code tracking-plan.lock.json} beside it. */
  public static Path lockFileOf(Path planFile) {
    String name = planFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return planFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".lock.json");
  }

  /** Reads the lock file when it exists. */
  public static Optional<LockFile> readLock(Path lockFile) {
    if (!Files.exists(lockFile)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LockJson.read(lockFile.getFileName().toString(), Files.readString(lockFile)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + lockFile, e);
    }
  }
}
