package io.eventplan.benchmarks.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ingest benchmark's results: one row per phase, then each target's ratio against its baseline. */
final class IngestReport {
  private final List<Result> results = new ArrayList<>();

  /** One phase's outcome. */
  record Result(String name, String how, long rows, double seconds, long requests, long failures, long[] latencies) {
    double eventsPerSecond() {
      return rows / seconds;
    }

    String percentile(double p) {
      if (latencies == null || latencies.length == 0) {
        return "-";
      }
      long nanos = latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)];
      return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
  }

  void add(Result result) {
    results.add(result);
  }

  void print() {
    System.out.println();
    System.out.println("| phase | how | events committed | seconds | events/s | requests | failed | p50 ms | p99 ms |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f | %,.0f | %,d | %d | %s | %s |%n", r.name, r.how, r.rows,
          r.seconds, r.eventsPerSecond(), r.requests, r.failures, r.percentile(0.50), r.percentile(0.99));
    }
    System.out.println();
    ratio("batch ingest / raw COPY (A)", "/v1/batch", "COPY", 0.5);
    ratio("single-event ingest / INSERT per request over JDBC (B)", "/v1/track", "INSERT per request", 10);
    ratio("single-event ingest / same collector without group commit (C)", "/v1/track", "/v1/track, no group", 10);
    bound();
  }

  /**
   * What the machine allows the single-call target: 10x baseline B beside the two ceilings measured
   * in the same run, raw COPY (the database work alone) and the HTTP floor (the HTTP work alone).
   */
  private void bound() {
    Result insert = result("INSERT per request");
    Result copy = result("COPY");
    Result floor = result("GET /health/live");
    if (insert == null || (copy == null && floor == null)) {
      return;
    }
    double needed = 10 * insert.eventsPerSecond();
    System.out.printf(Locale.ROOT, "%-64s = %,.0f events/s%n", "the 10x target needs /v1/track at", needed);
    if (copy != null) {
      System.out.printf(Locale.ROOT, "%-64s = %,.0f events/s (%.2f of the target)%n",
          "  ceiling: raw COPY alone, no HTTP (A)", copy.eventsPerSecond(), copy.eventsPerSecond() / needed);
    }
    if (floor != null) {
      System.out.printf(Locale.ROOT, "%-64s = %,.0f requests/s (%.2f of the target)%n",
          "  ceiling: HTTP alone, no body, no database (floor)", floor.eventsPerSecond(),
          floor.eventsPerSecond() / needed);
    }
  }

  private void ratio(String label, String phase, String baseline, double target) {
    Result measured = result(phase);
    Result against = result(baseline);
    if (measured == null || against == null) {
      return;
    }
    double ratio = measured.eventsPerSecond() / against.eventsPerSecond();
    System.out.printf(Locale.ROOT, "%-64s = %.2fx (target >= %sx): %s%n", label, ratio, target,
        ratio >= target ? "met" : "NOT met");
  }

  private Result result(String namePrefix) {
    return results.stream().filter(r -> r.name.equals(namePrefix) || r.name.startsWith(namePrefix + " ")
        || r.name.startsWith(namePrefix + ",")).findFirst().orElse(null);
  }
}
