package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.Changeset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the tables of the last snapshot and of the plan into new changesets: one per table to
 * create and one per table to alter, numbered after the changesets that already exist. Tables that
 * only the old snapshot has (an event version that was raised) are left as they are.
 */
final class ChangesetPlanner {
  private ChangesetPlanner() {}

  /**
   * @param old the tables of the last snapshot; empty before the first generation
   * @param firstNumber the number of the first new changeset (1 + the number of existing ones)
   */
  static List<Changeset> plan(List<TableSpec> old, List<TableSpec> current, int firstNumber, int planVersion) {
    return plan(old, current, firstNumber, planVersion, Partitioning.NONE);
  }

  /** The same, creating {@code events} and the typed tables partitioned as {@code partitioning} says. */
  static List<Changeset> plan(List<TableSpec> old, List<TableSpec> current, int firstNumber, int planVersion,
      Partitioning partitioning) {
    List<Changeset> changesets = new ArrayList<>();
    int number = firstNumber;
    for (TableSpec table : current) {
      Optional<TableSpec> before = old.stream().filter(t -> t.name().equals(table.name())).findFirst();
      if (before.isEmpty()) {
        changesets.add(new Changeset(id(number++, "create", table.name()), Changeset.AUTHOR, planVersion,
            comment(planVersion, "create", table),
            Ddl.create(table, partitioning)));
        continue;
      }
      List<String> statements = Ddl.alter(before.get(), table);
      if (!statements.isEmpty()) {
        changesets.add(new Changeset(id(number++, "alter", table.name()), Changeset.AUTHOR, planVersion,
            comment(planVersion, "alter", table),
            String.join("\n", statements)));
      }
    }
    return changesets;
  }

  private static String comment(int planVersion, String verb, TableSpec table) {
    String text = "plan version " + planVersion + ": " + verb + " table " + table.name() + " (" + table.origin() + ")";
    return text.replaceAll("\\p{Cntrl}", " "); // one line, whatever the event is called
  }

  /** {@code 0007-alter-logged_in}: ordered, unique, and readable in DATABASECHANGELOG. */
  private static String id(int number, String verb, String table) {
    return String.format("%04d-%s-%s", number, verb, table);
  }
}
