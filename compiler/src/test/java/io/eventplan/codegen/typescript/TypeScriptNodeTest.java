package io.eventplan.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the every-type plan's snippet in Node.js (skipped where {@code node} is not on the PATH): it
 * parses, its exports are the expected identifiers, and its dev-mode check judges envelopes by the plan.
 */
class TypeScriptNodeTest {

  @TempDir
  static Path folder;
  private static Path module;

  @BeforeAll
  static void writeModule() throws IOException {
    module = folder.resolve("tracking.mjs");
    Files.writeString(module, TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan()).module(), StandardCharsets.UTF_8);
  }

  @Test
  void moduleParses() throws Exception {
    assertThat(node("--check", module.toString())).isEmpty();
  }

  @Test
  void exportsEveryFunctionUnderItsName() throws Exception {
    String exports = script("console.log(Object.keys(m).sort().join(' '))");
    assertThat(exports.strip()).isEqualTo("flush group identify init reset track3DModelViewed trackCaféVisited "
        + "trackClassDeleted trackOrderCompleted trackPageViewed trackPageViewedV2 track名前Changed "
        + "validateEvent validateTraits");
  }

  @Test
  void devModeCheckFollowsThePlan() throws Exception {
    String output = script("""
        const valid = {event_id: "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", timestamp: "2024-05-01T09:30:00Z",
          user_id: "u1", app_version: "2.1", class: "economy", default: false, order: 3,
          "größe": "😀😀😀", "__proto__": "x", big: 9007199254740991, lines: [{sku: "A", quantity: 1}]};
        const show = (envelope) => console.log(m.validateEvent("Order Completed", envelope)
          .map((v) => v.rule + " " + v.path).join(", ") || "valid");
        show(valid);
        show({...valid, class: "coach", order: 501, "größe": "😀😀😀😀", extra: 1, user_id: null});
        show({...valid, lines: [{sku: "A"}], address: {city: "Paris", geo: {}}, app_version: "v2.1.0"});
        """);
    assertThat(output.lines().toList()).containsExactly(
        "valid",
        "type /user_id, enum /class, maximum /order, maxLength /größe, additionalProperties /extra",
        "pattern /app_version, required /lines/0/quantity, required /address/geo/lat");
  }

  @Test
  void overAnalyticsNextCallsWaitForTheInstanceThenGoToIt() throws Exception {
    Files.writeString(folder.resolve("wrapper.mjs"),
        TypeScriptPlans.emitAnalyticsNext(TypeScriptPlans.everyTypePlan()).module(), StandardCharsets.UTF_8);
    Path file = folder.resolve("wrapper-script.mjs");
    Files.writeString(file, """
        import * as m from './wrapper.mjs';
        console.log(Object.keys(m).sort().join(' '));
        const calls = [];
        const analytics = {
          track: (...args) => calls.push(['track', ...args]),
          identify: (...args) => calls.push(['identify', ...args]),
          group: (...args) => calls.push(['group', ...args]),
        };
        m.identify('u1', {email: 'a@b.c'});
        for (let i = 0; i < 101; i++) m.trackClassDeleted({order: i});
        console.log(calls.length);
        m.setAnalytics(analytics);
        m.group('c1', {name: 'Acme'});
        console.log(calls.length, JSON.stringify(calls[0]), JSON.stringify(calls[99]), JSON.stringify(calls[100]));
        """, StandardCharsets.UTF_8);
    assertThat(node(file.toString()).lines().toList()).containsExactly(
        "group identify setAnalytics track3DModelViewed trackCaféVisited trackClassDeleted trackOrderCompleted "
            + "trackPageViewed trackPageViewedV2 track名前Changed",
        "0",
        // 102 calls waited, the oldest (identify) went at the 101st: the last 100 reach the instance, in order
        "101 [\"track\",\"Class Deleted\",{\"order\":1}] [\"track\",\"Class Deleted\",{\"order\":100}] "
            + "[\"group\",\"c1\",{\"name\":\"Acme\"}]");
  }

  private static String script(String body) throws Exception {
    Path file = folder.resolve("script-" + Math.abs(body.hashCode()) + ".mjs");
    Files.writeString(file, "import * as m from './tracking.mjs';\n" + body, StandardCharsets.UTF_8);
    return node(file.toString());
  }

  /** The standard output of {@code node args}; fails on a non-zero exit with what node printed. */
  private static String node(String... args) throws Exception {
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    List<String> command = new java.util.ArrayList<>(List.of("node"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(process.exitValue()).as("node %s failed:%n%s", String.join(" ", args), output).isZero();
    return output;
  }

  private static boolean nodeAvailable() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
