package io.eventplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggedInRatiosTest {
  private static final String PREFIX = "io.eventplan.benchmarks.LoggedInValidationBenchmark.";

  @Test
  void readsMeansAndMediansOfJmhJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(
        file,
        "[{\"benchmark\":\"" + PREFIX + "generatedValidator\",\"primaryMetric\":{\"score\":2.0,"
            + "\"rawData\":[[1.0,2.0,9.0]]}},"
            + "{\"benchmark\":\"" + PREFIX + "networknt\",\"primaryMetric\":{\"score\":40.0,"
            + "\"rawData\":[[10.0,50.0,30.0,20.0]]}}]");

    Map<String, LoggedInRatios.Score> scores = LoggedInRatios.read(file);

    assertThat(scores).containsOnlyKeys("generatedValidator", "networknt");
    assertThat(scores.get("generatedValidator")).isEqualTo(new LoggedInRatios.Score(2.0, 2.0));
    assertThat(scores.get("networknt").median()).isEqualTo(25.0);
    assertThat(LoggedInRatios.ratio(scores, "networknt", "generatedValidator", "x", ">= 20"))
        .isEqualTo("x:                                    20.00x by means,  12.50x by medians   (target >= 20)");
    assertThat(LoggedInRatios.ratio(scores, "jacksonBinding", "generatedValidator", "y", ""))
        .startsWith("y: not measured");
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(LoggedInRatios.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(LoggedInRatios.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }
}
