package io.eventplan.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.sample.TrackCallExample;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What eventplan:run tells the collector and prints: the environment, and a curl line a shell reads back exactly. */
class RunBannerTest {
  private static final Path BUNDLE = Path.of("/p/target/eventplan/run/eventplan-plan.jar");

  private static CollectorEnvironment embedded(List<String> writeKeys) {
    return new CollectorEnvironment(8080, writeKeys, List.of(), List.of("r-key"), Optional.empty(),
        Path.of("/p/target/eventplan/pgdata"), 5433, BUNDLE);
  }

  @Test
  void theGoalsPropertiesOverrideTheShellAndEmptyOnesAreRemoved() {
    Map<String, String> child = new HashMap<>(Map.of("EVENTPLAN_DB_URL", "jdbc:postgresql://stray/db",
        "EVENTPLAN_ALLOWED_ORIGINS", "*", "EVENTPLAN_RATE_LIMIT", "5", "PATH", "/bin"));
    embedded(List.of("k1", "k2")).applyTo(child);
    assertThat(child).containsEntry("EVENTPLAN_PORT", "8080").containsEntry("EVENTPLAN_WRITE_KEYS", "k1,k2")
        .containsEntry("EVENTPLAN_REPORT_KEYS", "r-key").containsEntry("EVENTPLAN_EMBEDDED_DB_PORT", "5433")
        .containsEntry("EVENTPLAN_DATA_DIR", "/p/target/eventplan/pgdata")
        .containsEntry("EVENTPLAN_PLAN_BUNDLE", BUNDLE.toString())
        .containsEntry("EVENTPLAN_RATE_LIMIT", "5").containsEntry("PATH", "/bin")
        .doesNotContainKeys("EVENTPLAN_DB_URL", "EVENTPLAN_DB_USER", "EVENTPLAN_DB_PASSWORD",
            "EVENTPLAN_ALLOWED_ORIGINS");
  }

  @Test
  void anExternalDatabaseIsPassedOn() {
    CollectorEnvironment env = new CollectorEnvironment(9090, List.of("k"), List.of("http://localhost:3000"),
        List.of(), Optional.of(new CollectorEnvironment.Database("jdbc:postgresql://db:5432/w", Optional.of("u"),
            Optional.of("p"))), Path.of("d"), 5433, BUNDLE);
    assertThat(env.variables()).containsEntry("EVENTPLAN_DB_URL", "jdbc:postgresql://db:5432/w")
        .containsEntry("EVENTPLAN_DB_USER", "u").containsEntry("EVENTPLAN_DB_PASSWORD", "p")
        .containsEntry("EVENTPLAN_ALLOWED_ORIGINS", "http://localhost:3000");
    assertThat(String.join("\n", RunBanner.lines("W", 1, env, Optional.empty(), "d")))
        .contains("warehouse: jdbc:postgresql://db:5432/w").contains("report:    off")
        .contains("Ctrl-C stops the collector\n");
  }

  @Test
  void theCurlLineSendsTheExampleAsTheShellReadsIt() throws Exception {
    TrackingPlan plan = PlanLoader.load("tracking-plan.yaml", """
        plan: {name: Bob's Shop, version: 3}
        events:
          Bob's Order Placed:
            properties:
              note: {type: string, required: true, examples: ["it's $HOME \\\\ `date` \\"quoted\\""]}
        """.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
    TrackCallExample example = TrackCallExample.of(plan).orElseThrow();
    List<String> lines = RunBanner.lines("Bob's Shop", 3, embedded(List.of("dev-write-key")), Optional.of(example),
        "target/eventplan/pgdata");

    String text = String.join("\n", lines);
    assertThat(text).contains("eventplan collector ready for plan 'Bob's Shop' v3")
        .contains("URL:       http://localhost:8080")
        .contains("write key: dev-write-key")
        .contains("curl -u dev-write-key: -H 'Content-Type: application/json' http://localhost:8080/v1/track \\")
        .contains("report:    http://localhost:8080/report  (user: report, password: r-key)")
        .contains("jdbc:postgresql://localhost:5433/postgres (user postgres, no password), data in target/eventplan/pgdata")
        .contains("Ctrl-C stops the collector and its database");
    String dataWord = lines.stream().filter(l -> l.strip().startsWith("-d ")).findFirst().orElseThrow().strip()
        .substring(3);
    Process shell = new ProcessBuilder("/bin/sh", "-c", "printf %s " + dataWord).start();
    String read = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(shell.waitFor()).isZero();
    assertThat(read).isEqualTo(example.json());
  }

  @Test
  void withoutAWriteKeyTheBannerSaysHowToSetOne() {
    assertThat(String.join("\n", RunBanner.lines("P", 1, embedded(List.of()), Optional.empty(), "d")))
        .contains("write key: none: every event gets 401; set -Deventplan.writeKeys=some-key")
        .contains("origins:   none, so browsers may not send; set -Deventplan.allowedOrigins=http://localhost:3000");
  }
}
