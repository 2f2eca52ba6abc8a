package io.eventplan.codegen.lock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of {@code tracking-plan.lock.json}, an append-only ledger: the snapshot of each plan
 * that changed the warehouse contract, and every changeset generated so far, in order.
 */
public record LockFile(int format, List<PlanSnapshot> snapshots, List<Changeset> changesets) {

  /** The lock format this version of eventplan reads and writes. */
  public static final int FORMAT = 1;

  /** The lock's usual file name, next to the plan. */
  public static final String FILE_NAME = "tracking-plan.lock.json";

  public static final LockFile EMPTY = new LockFile(FORMAT, List.of(), List.of());

  public LockFile {
    snapshots = List.copyOf(snapshots);
    changesets = List.copyOf(changesets);
  }

  /** The snapshot the next generation compares the plan with. */
  public Optional<PlanSnapshot> latest() {
    return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
  }

  /** This ledger with one more snapshot and the changesets generated for it appended. */
  public LockFile append(PlanSnapshot snapshot, List<Changeset> newChangesets) {
    List<PlanSnapshot> allSnapshots = new ArrayList<>(snapshots);
    allSnapshots.add(snapshot);
    List<Changeset> all = new ArrayList<>(changesets);
    all.addAll(newChangesets);
    return new LockFile(format, allSnapshots, all);
  }
}
