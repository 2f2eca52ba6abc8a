package io.eventplan.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report benchmark at a toy size, so that the build notices when it no longer runs against the generated
 * warehouse (its collector-shaped groups must satisfy the root plan's typed tables, and the views must agree with
 * the naive queries after the trigger-cost step). Its timings mean nothing here.
 */
class ReportBenchmarkTest {
  private static final Map<String, String> TOY_SIZE = Map.of(
      "report.users", "300", "report.events", "6000", "report.copyRows", "1000", "report.groupRows", "200",
      "report.groupRounds", "3", "report.lookups", "50", "report.repeat", "1");

  @Test
  void runsEveryStepAtAToySize() throws Exception {
    TOY_SIZE.forEach(System::setProperty);
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      new ReportBenchmark().run();
    } finally {
      System.setOut(out);
      TOY_SIZE.keySet().forEach(System::clearProperty);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    out.print(output);
    assertThat(output)
        .contains("load: 300 people and 6,000 events")
        .contains("COPY of 1,000 events into the loaded table")
        .contains("COPY of a group of 200 events and their typed rows into the loaded table")
        .contains("logged_in_users, first 500 rows")
        .contains("logins_per_day, last 30 days")
        .contains("health view health_by_source");
  }
}
