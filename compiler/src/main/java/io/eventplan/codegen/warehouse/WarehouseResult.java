package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.Change;
import io.eventplan.codegen.lock.Changeset;
import io.eventplan.codegen.lock.LockFile;
import java.util.List;

/**
 * What one generation produced.
 *
 * @param changelog the whole changelog text, for {@code eventplan/db/changelog.sql}
 * @param lock the new ledger
 * @param lockJson the new ledger as text, for the lock file next to the plan
 * @param lockChanged false when the lock file need not be written again
 * @param changes every change since the last snapshot, all non-breaking (for the build log); empty
 *     for the first generation and for an unchanged plan
 * @param newChangesets the changesets this generation appended
 */
public record WarehouseResult(
    String changelog,
    LockFile lock,
    String lockJson,
    boolean lockChanged,
    List<Change> changes,
    List<Changeset> newChangesets) {

  public WarehouseResult {
    changes = List.copyOf(changes);
    newChangesets = List.copyOf(newChangesets);
  }
}
