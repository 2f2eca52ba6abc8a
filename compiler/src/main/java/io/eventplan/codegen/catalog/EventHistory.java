package io.eventplan.codegen.catalog;

import io.eventplan.codegen.lock.Changeset;
import io.eventplan.codegen.lock.EventSnapshot;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.PlanSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An event's history from the lock file: the plan versions that added or changed it, and its changesets. */
final class EventHistory {
  private EventHistory() {}

  static List<String> of(Optional<LockFile> lock, String eventName) {
    List<String> lines = new ArrayList<>();
    if (lock.isEmpty()) {
      return lines;
    }
    Optional<EventSnapshot> before = Optional.empty();
    for (PlanSnapshot snapshot : lock.get().snapshots()) {
      Optional<EventSnapshot> now = snapshot.event(eventName);
      String version = "plan version " + snapshot.planVersion();
      if (now.isPresent() && before.isEmpty()) {
        lines.add(version + ": added (event version " + now.get().version() + ")");
      } else if (now.isPresent() && !now.equals(before)) {
        lines.add(version + ": changed" + (now.get().version() != before.get().version()
            ? " (new event version " + now.get().version() + ")" : "")
            + (now.get().deprecated() && !before.get().deprecated() ? " (deprecated)" : ""));
      } else if (now.isEmpty() && before.isPresent()) {
        lines.add(version + ": removed");
      }
      before = now;
    }
    String marker = "(event '" + eventName + "' version ";
    for (Changeset changeset : lock.get().changesets()) {
      if (changeset.comment().contains(marker)) {
        lines.add("changeset " + changeset.id() + ": " + changeset.comment());
      }
    }
    return lines;
  }
}
