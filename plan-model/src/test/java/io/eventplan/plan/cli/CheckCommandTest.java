package io.eventplan.plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line prints diagnostics and sets the exit code. */
class CheckCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void validPlanExitsZero() {
    assertThat(run("../tracking-plan.yaml")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("../tracking-plan.yaml: plan 'Event Data Project' version 1 is valid");
  }

  @Test
  void brokenPlanExitsOneWithLocatedErrors(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "plan: {name: x, version: 1}\nevents:\n  Thing Happened: {status: nope}\n");
    assertThat(run(plan.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(plan + ":3:28: [INVALID_VALUE]")
        .contains("1 error; fix it and run again");
  }

  @Test
  void strictTurnsNamingWarningsIntoErrors(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "plan: {name: x, version: 1}\nevents:\n  login: {}\n");
    assertThat(run(plan.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("[EVENT_NAMING] warning:");
    assertThat(run("--strict", plan.toString())).isEqualTo(1);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: check [--strict]");
  }
}
