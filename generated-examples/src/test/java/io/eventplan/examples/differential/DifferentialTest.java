package io.eventplan.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The generated Java validators and networknt on the generated JSON Schemas must give the same verdict on
 * every payload: for the root plan and for a plan using every type and constraint, 12,000 payloads each (by
 * default), generated from the plan's model, valid or broken by exactly one rule. Valid payloads must
 * pass both, broken ones fail both, and the Java validator must name the broken rule where it was broken.
 *
 * <p>The payloads are drawn from a fixed seed ({@value #FIXED_SEED}), so every build judges the same corpus;
 * {@code -Deventplan.seed=N} replays another run, and {@code -Pexplore} ({@code -Deventplan.seed=random}) draws a
 * new seed, printed, to look for new disagreements. A payload such a run finds becomes a fixed case by a
 * deliberate commit (a unit test of the judge it concerns), never by changing the fixed seed. The corpus
 * goes to {@code target/differential-corpus.jsonl} with both verdicts, for the other judges (see {@link Corpus}):
 * login-frontend's node test reads it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DifferentialTest {
  /** At least 10,000 per plan; more with {@code -Deventplan.differential.payloads=100000} for a longer soak. */
  static final int PAYLOADS_PER_PLAN =
      Math.max(10_000, Integer.getInteger("eventplan.differential.payloads", 12_000));
  private static final int FAILURES_SHOWN = 15;
  /** The seed of every ordinary build. */
  static final long FIXED_SEED = 20_261_205L;
  static final long SEED = seed();
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Corpus CORPUS = new Corpus();

  @Test
  @Order(1)
  void rootPlan() {
    Map<Mutation, Integer> counts = judgeAll("tracking-plan.yaml", MODULE.resolve("../tracking-plan.yaml"), "",
        GeneratedJudges.rootPlan());

    // the root plan has no patterns, minimum lengths or arrays
    assertThat(counts.keySet()).containsAll(EnumSet.of(Mutation.NONE, Mutation.MISSING_REQUIRED, Mutation.WRONG_TYPE,
        Mutation.NULL_VALUE, Mutation.OUT_OF_ENUM, Mutation.OUT_OF_RANGE, Mutation.BAD_FORMAT, Mutation.EXTRA_PROPERTY,
        Mutation.TOO_LONG));
  }

  @Test
  @Order(2)
  void everyTypePlan() {
    Map<Mutation, Integer> counts = judgeAll("every-type.yaml", MODULE.resolve("src/test/plans/every-type.yaml"),
        "every-type/", GeneratedJudges.everyType());

    assertThat(counts.keySet()).containsExactlyInAnyOrder(Mutation.values());
  }

  @AfterAll
  static void writeCorpus() throws IOException {
    CORPUS.write(MODULE.resolve("target/differential-corpus.jsonl"));
  }

  /** Generates, judges and checks the payloads of one plan; returns how many of each kind there were. */
  private static Map<Mutation, Integer> judgeAll(String planName, Path planFile, String resourceRoot, Judge java) {
    TrackingPlan plan = PlanLoader.load(planFile, planName, CheckOptions.DEFAULT).orThrow();
    List<Payload> payloads = new PayloadGenerator(SEED).generate(Target.of(plan), PAYLOADS_PER_PLAN);
    NetworkntJudge networknt = new NetworkntJudge(resourceRoot);
    Map<Mutation, Integer> counts = new EnumMap<>(Mutation.class);
    List<String> failures = new ArrayList<>();
    int javaValid = 0;
    int networkntValid = 0;
    for (Payload payload : payloads) {
      byte[] json = payload.json().getBytes(StandardCharsets.UTF_8);
      Verdict ours = java.judge(payload.target(), json);
      Verdict theirs = networknt.judge(payload.target(), json);
      javaValid += ours.valid() ? 1 : 0;
      networkntValid += theirs.valid() ? 1 : 0;
      List<String> problems = problems(payload, ours, theirs);
      if (!problems.isEmpty()) {
        failures.add(describe(planName, networknt.resource(payload.target()), payload, ours, theirs, problems));
      }
      counts.merge(payload.mutation(), 1, Integer::sum);
      CORPUS.add(planName, "target/classes/" + networknt.resource(payload.target()), SEED, payload, ours, theirs, java);
    }
    System.out.printf("%s: %d payloads (%s), seed %d%n  Java: %d valid, %d invalid%n  networknt: %d valid, %d invalid"
            + " (of which %d by its documented exception on integers beyond 64 bits)%n  disagreements: %d%n",
        planName, payloads.size(), counts, SEED, javaValid, payloads.size() - javaValid, networkntValid,
        payloads.size() - networkntValid, networknt.exceptions(), failures.size());
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(10_000);
    assertThat(failures.size())
        .as("%d of %d payloads of %s failed (seed %d; rerun with -Deventplan.seed=%d); the first ones:%n%s",
            failures.size(), payloads.size(), planName, SEED, SEED,
            String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))))
        .isZero();
    return counts;
  }

  private static List<String> problems(Payload payload, Verdict ours, Verdict theirs) {
    List<String> problems = new ArrayList<>();
    if (ours.valid() != theirs.valid()) {
      problems.add("the verdicts differ");
    }
    if (ours.valid() != payload.valid()) {
      problems.add("the Java validator " + (payload.valid() ? "rejects a valid payload" : "accepts a broken payload"));
    }
    if (theirs.valid() != payload.valid()) {
      problems.add("networknt " + (payload.valid() ? "rejects a valid payload" : "accepts a broken payload"));
    }
    if (!payload.valid() && !ours.valid()) {
      Set<String> paths = ours.reasons().stream().map(Verdict.Reason::path).collect(Collectors.toSet());
      boolean named = ours.reasons().stream().anyMatch(reason -> reason.rule().equals(payload.rule()));
      if (!paths.equals(Set.of(payload.path())) || !named) {
        problems.add("the Java validator does not report exactly the broken rule " + payload.rule() + " at " + payload.path());
      }
    }
    return problems;
  }

  private static String describe(String plan, String schema, Payload payload, Verdict ours, Verdict theirs,
      List<String> problems) {
    return String.format("- %s, %s \"%s\" (%s): %s%n    payload:   %s%n    expected:  %s%n    Java:      %s%n    networknt: %s",
        plan, payload.target().kind().label(), payload.target().name(), schema, String.join("; ", problems),
        payload.json(),
        payload.valid() ? "valid" : "invalid (" + payload.mutation().label() + ": " + payload.rule() + " at " + payload.path() + ")",
        ours, theirs);
  }

  private static long seed() {
    String configured = System.getProperty("eventplan.seed", "").trim();
    long seed = configured.isEmpty() || configured.equals("fixed") ? FIXED_SEED
        : configured.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(configured);
    System.out.println("DifferentialTest: seed " + seed + " (replay with -Deventplan.seed=" + seed + ")");
    return seed;
  }
}
