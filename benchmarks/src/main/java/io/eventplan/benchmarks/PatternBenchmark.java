package io.eventplan.benchmarks;

import com.google.re2j.Pattern;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One plan pattern checked against one 30 KB value, as the generated validators check it (the pattern's RE2 form,
 * {@code find()}): the three patterns that a backtracking engine takes minutes on, each with the value that makes it
 * backtrack most, beside a plain pattern on the same value as the baseline of the same run. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PatternBenchmark {
  /** The pattern, by name: three hostile ones and the baseline. */
  @Param({"nested-star", "words-and-spaces", "hostname-then-at", "baseline"})
  public String pattern;

  private Pattern compiled;
  private String value;

  @Setup
  public void setUp() {
    String source;
    switch (pattern) {
      case "nested-star" -> {
        source = "^(.*a){12}$";
        value = "a".repeat(30_000) + "!";
      }
      case "words-and-spaces" -> {
        source = "^(\\w+\\s?)*$";
        value = "ab ".repeat(10_000) + "!";
      }
      case "hostname-then-at" -> {
        source = "^([a-z0-9]+[-.]?)+[a-z0-9]@";
        value = "a-".repeat(15_000) + "!";
      }
      case "baseline" -> {
        source = "^[a-z]+$";
        value = "a".repeat(30_000) + "!";
      }
      default -> throw new IllegalArgumentException(pattern);
    }
    compiled = Pattern.compile(PlanPattern.of(source).re2());
    if (compiled.matcher(value).find()) {
      throw new IllegalStateException("the value should fail " + source);
    }
  }

  @Benchmark
  public boolean find() {
    return compiled.matcher(value).find();
  }
}
