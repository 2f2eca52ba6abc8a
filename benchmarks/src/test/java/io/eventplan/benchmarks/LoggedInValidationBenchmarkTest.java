package io.eventplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Checks the benchmark's fixture, so that a broken one fails the build rather than a benchmark run. */
class LoggedInValidationBenchmarkTest {
  @Test
  void setUpChecksEveryVariantOnItsPayload() {
    // setUp() throws when a variant rejects the valid event or finds other than one violation in the invalid one
    assertThatCode(() -> new LoggedInValidationBenchmark().setUp()).doesNotThrowAnyException();
  }
}
