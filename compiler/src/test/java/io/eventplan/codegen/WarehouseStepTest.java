package io.eventplan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler keeps the lock beside the plan, writes the changelog, and refuses breaking changes. */
class WarehouseStepTest {
  static final String V1 = """
      plan: {name: Shop, version: 1}
      events:
        Order Placed:
          properties:
            total: {type: number, required: true}
            coupon: {type: string}
      """;

  @TempDir Path project;

  CodegenRequest request() {
    return new CodegenRequest(project.resolve("tracking-plan.yaml"), "tracking-plan.yaml",
        project.resolve("target/java"), project.resolve("target/resources"),
        project.resolve("target/state.json"), "com.example", false, List.of(), "1.0", true);
  }

  Path changelog() {
    return project.resolve("target/resources/eventplan/db/changelog.sql");
  }

  void plan(String yaml) throws IOException {
    Files.writeString(project.resolve("tracking-plan.yaml"), yaml);
  }

  @Test
  void firstRunWritesLockAndChangelogSecondRunNothing() throws Exception {
    plan(V1);
    CodegenResult first = CodegenCompiler.compile(request());
    assertThat(project.resolve("tracking-plan.lock.json")).exists();
    assertThat(changelog()).content().startsWith("--liquibase formatted sql");
    assertThat(first.notes()).contains("tracking-plan.lock.json updated: commit it with the plan");
    CodegenResult second = CodegenCompiler.compile(request());
    assertThat(second.upToDate()).isTrue();
    assertThat(second.notes()).isEmpty();
  }

  @Test
  void addingAnOptionalPropertyAppendsAndKeepsEarlierChangesets() throws Exception {
    plan(V1);
    CodegenCompiler.compile(request());
    String before = Files.readString(changelog());
    plan(V1.replace("version: 1", "version: 2") + "      note: {type: string}\n");
    CodegenResult result = CodegenCompiler.compile(request());
    // the ledger's changesets come first and never change; the core and reporting ones come after them
    String ledgerBefore = before.substring(0, before.indexOf("--changeset eventplan:core-"));
    String after = Files.readString(changelog());
    assertThat(after.substring(0, after.indexOf("--changeset eventplan:core-")))
        .startsWith(ledgerBefore).isNotEqualTo(ledgerBefore);
    assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("note"));
  }

  @Test
  void removingAPropertyFailsWithTheLocatedReason() throws Exception {
    plan(V1);
    CodegenCompiler.compile(request());
    String lock = Files.readString(project.resolve("tracking-plan.lock.json"));
    plan(V1.replace("      coupon: {type: string}\n", ""));
    assertThatThrownBy(() -> CodegenCompiler.compile(request()))
        .isInstanceOf(PlanCompilationException.class)
        .hasMessageContaining("would break the warehouse")
        .hasMessageContaining("coupon");
    assertThat(Files.readString(project.resolve("tracking-plan.lock.json"))).isEqualTo(lock);
  }
}
