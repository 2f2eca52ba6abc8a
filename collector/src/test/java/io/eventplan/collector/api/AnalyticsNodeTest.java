package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eventplan.collector.support.RunningCollector;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Segment's own Node.js library, {@code @segment/analytics-node} (pinned in src/test/node/package.json),
 * pointed at the collector by its host alone: what it tracks and identifies lands in the warehouse.
 */
class AnalyticsNodeTest {
  private static final Path CLIENT = Path.of(System.getProperty("basedir", "."), "src", "test", "node");

  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    assumeTrue(onPath("node") && onPath("npm"),
        "skipped: node and npm (Node.js 20+) are not on PATH, so Segment's analytics-node cannot be run");
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    if (collector != null) {
      collector.close();
    }
  }

  @Test
  void trackedAndIdentifiedEventsLandInTheWarehouse() throws Exception {
    run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), "npm-ci.log");
    String output = run(List.of("node", "send-events.mjs", collector.uri("").toString(), RunningCollector.WRITE_KEY),
        "send-events.log");
    assertThat(output).contains("\"failures\":[]");

    Map<String, Object> event = collector.sql().one("SELECT * FROM events");
    assertThat(event.get("event_name")).isEqualTo("Logged In");
    assertThat(event.get("user_id")).isEqualTo("node-user-1");
    assertThat(event.get("timestamp")).isEqualTo(Instant.parse("2026-03-01T10:00:01Z"));
    Map<String, Object> loggedIn = collector.sql().one("SELECT * FROM logged_in");
    assertThat(loggedIn.get("type")).isEqualTo("password");
    assertThat(loggedIn.get("url")).isEqualTo("https://app.example.com/login");
    Map<String, Object> person = collector.sql().one("SELECT * FROM people");
    assertThat(person.get("user_id")).isEqualTo("node-user-1");
    assertThat(person.get("email")).isEqualTo("ada@example.com");
    assertThat(person.get("name")).isEqualTo("Ada Lovelace");
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  /** Runs a command in the client's folder and returns its output; fails with that output unless it exits 0. */
  private static String run(List<String> command, String logName) throws IOException, InterruptedException {
    Path log = Path.of(System.getProperty("basedir", "."), "target", "analytics-node", logName);
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(finished && process.exitValue() == 0)
        .as("%s exited %s:%n%s", String.join(" ", command), finished ? process.exitValue() : "(timed out)", output)
        .isTrue();
    return output;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> Stream.of(program, program + ".cmd", program + ".exe").map(name -> Path.of(dir, name)))
        .anyMatch(Files::isExecutable);
  }
}
