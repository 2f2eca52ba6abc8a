package io.eventplan.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON results of a {@link LoggedInValidationBenchmark} run ({@code -rf json -rff FILE}) and prints the
 * ratios the issue sets targets for, from the means and, less sensitive to a noisy neighbour, from the medians
 * of the measurement iterations.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.eventplan.benchmarks.LoggedInRatios FILE}
 */
public final class LoggedInRatios {
  private LoggedInRatios() {}

  /** One benchmark's average time per operation. */
  record Score(double mean, double median) {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: LoggedInRatios jmh-result.json");
      System.exit(2);
    }
    Map<String, Score> scores = read(Path.of(args[0]));
    System.out.println(ratio(scores, "networknt", "generatedValidator", "generated vs networknt (valid)", ">= 20"));
    System.out.println(
        ratio(scores, "networkntInvalid", "generatedValidatorInvalid", "generated vs networknt (invalid)", ""));
    System.out.println(
        ratio(scores, "generatedValidator", "jacksonBinding", "generated / Jackson binding (time)", "<= 1.5"));
    System.out.println(
        ratio(scores, "networknt", "jacksonTokensOnly", "ceiling: tokens only vs networknt", ""));
    System.out.println(ratio(scores, "jdkUriOnly", "generatedValidator", "share of URL parsing in generated", ""));
  }

  /** The scores by benchmark method name. */
  static Map<String, Score> read(Path file) {
    Map<String, Score> scores = new HashMap<>();
    for (JsonNode result : JsonMapper.builder().build().readTree(file.toFile())) {
      String name = result.get("benchmark").asString();
      JsonNode metric = result.get("primaryMetric");
      List<Double> iterations = new ArrayList<>();
      for (JsonNode fork : metric.get("rawData")) {
        fork.forEach(value -> iterations.add(value.asDouble()));
      }
      scores.put(name.substring(name.lastIndexOf('.') + 1), new Score(metric.get("score").asDouble(), median(iterations)));
    }
    return scores;
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** {@code numerator / denominator} by means and by medians, with the target when there is one. */
  static String ratio(Map<String, Score> scores, String numerator, String denominator, String label, String target) {
    Score top = scores.get(numerator);
    Score bottom = scores.get(denominator);
    if (top == null || bottom == null) {
      return label + ": not measured (run both " + numerator + " and " + denominator + ")";
    }
    return String.format(
        Locale.ROOT,
        "%-36s %6.2fx by means, %6.2fx by medians%s",
        label + ":",
        top.mean() / bottom.mean(),
        top.median() / bottom.median(),
        target.isEmpty() ? "" : "   (target " + target + ")");
  }
}
