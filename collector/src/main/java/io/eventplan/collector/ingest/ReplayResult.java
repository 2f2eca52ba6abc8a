package io.eventplan.collector.ingest;

/**
 * What a replay did, or with {@code dryRun} would do.
 *
 * @param planVersion the plan version the messages were judged by
 * @param examined rows of rejected_events looked at
 * @param moved messages the plan now accepts, moved (or that would move) into the warehouse
 * @param stillRefused messages the plan still refuses; they stay in rejected_events
 * @param reasonsUpdated of those, the rows whose reasons or plan version changed
 * @param kept rows that cannot be judged again (not JSON, no known call type); they stay as they are
 */
public record ReplayResult(boolean dryRun, int planVersion, long examined, long moved, long stillRefused,
    long reasonsUpdated, long kept) {

  /** One line for a log. */
  public String summary() {
    return (dryRun ? "Dry run, nothing changed: " : "")
        + examined + " refused messages judged by plan version " + planVersion + ": " + moved
        + (dryRun ? " would move" : " moved") + " into the warehouse, " + stillRefused + " still refused ("
        + reasonsUpdated + (dryRun ? " would get" : " got") + " new reasons), " + kept + " cannot be judged again";
  }

  /** Counts as a replay goes. */
  static final class Counter {
    long examined;
    long moved;
    long stillRefused;
    long reasonsUpdated;
    long kept;

    ReplayResult result(boolean dryRun, int planVersion) {
      return new ReplayResult(dryRun, planVersion, examined, moved, stillRefused, reasonsUpdated, kept);
    }
  }
}
