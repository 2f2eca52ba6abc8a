package io.eventplan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedFilesTest {
  @TempDir Path project;

  CodegenRequest request() throws Exception {
    Path plan = project.resolve("tracking-plan.yaml");
    Files.writeString(plan, CodegenCompilerTest.PLAN);
    return new CodegenRequest(plan, "tracking-plan.yaml", project.resolve("target/java"),
        project.resolve("target/resources"), project.resolve("target/state.json"), "com.example", false,
        List.of(new FakeEmitters.PerEvent()), "1.0");
  }

  CommittedFile committed(String generated, String copy) {
    return new CommittedFile(OutputPath.parse(generated), project.resolve(copy));
  }

  @Test
  void findsMissingDifferentAndUnknownCopiesWithoutWritingAnything() throws Exception {
    CodegenRequest request = request();
    CommittedFile upToDate = committed("RESOURCES:events/logged_in.txt", "docs/logged_in.txt");
    CommittedFile different = committed("RESOURCES:events/signed_up.txt", "docs/signed_up.txt");
    CommittedFile missing = committed("RESOURCES:events/signed_up.txt", "docs/missing.txt");
    CommittedFile unknown = committed("RESOURCES:events/nothing.txt", "docs/nothing.txt");
    Files.createDirectories(project.resolve("docs"));
    Files.writeString(upToDate.committedCopy(),
        "# Generated from tracking-plan.yaml by eventplan - do not edit.\nLogged In: A user logged in.\n");
    Files.writeString(different.committedCopy(), "an older version\n");

    List<StaleFile> stale = CodegenCompiler.check(request, List.of(upToDate, different, missing, unknown));

    assertThat(stale).containsExactly(
        new StaleFile(different, StaleFile.Problem.DIFFERENT),
        new StaleFile(missing, StaleFile.Problem.MISSING),
        new StaleFile(unknown, StaleFile.Problem.NOT_GENERATED));
    assertThat(stale.get(1).describe("docs/missing.txt"))
        .isEqualTo("docs/missing.txt (RESOURCES:events/signed_up.txt) is missing");
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void withNoCommittedFilesCheckOnlyCompilesThePlan() throws Exception {
    CodegenRequest request = request();
    assertThat(CodegenCompiler.check(request, List.of())).isEmpty();

    Files.writeString(request.planFile(), "plan: {name: x}\n");
    assertThatThrownBy(() -> CodegenCompiler.check(request, List.of()))
        .isInstanceOf(PlanCompilationException.class)
        .hasMessageContaining("[MISSING_KEY]");
  }

  @Test
  void updateRewritesStaleCopiesSoThatCheckPasses() throws Exception {
    CodegenRequest request = request();
    CommittedFile different = committed("RESOURCES:events/signed_up.txt", "docs/signed_up.txt");
    CommittedFile missing = committed("RESOURCES:events/logged_in.txt", "web/src/logged_in.txt");
    Files.createDirectories(project.resolve("docs"));
    Files.writeString(different.committedCopy(), "an older version\n");

    assertThat(CodegenCompiler.update(request, List.of(different, missing))).containsExactly(
        new StaleFile(different, StaleFile.Problem.DIFFERENT), new StaleFile(missing, StaleFile.Problem.MISSING));

    assertThat(CodegenCompiler.check(request, List.of(different, missing))).isEmpty();
    assertThat(missing.committedCopy()).content().startsWith("# Generated from tracking-plan.yaml");
    assertThat(CodegenCompiler.update(request, List.of(different, missing))).isEmpty();
  }

  @Test
  void updateLeavesACopyOfAFileThePlanDoesNotGenerateAndReportsIt() throws Exception {
    CodegenRequest request = request();
    CommittedFile missing = committed("RESOURCES:events/logged_in.txt", "docs/logged_in.txt");
    CommittedFile unknown = committed("RESOURCES:events/nothing.txt", "docs/nothing.txt");

    assertThat(CodegenCompiler.update(request, List.of(missing, unknown))).containsExactly(
        new StaleFile(missing, StaleFile.Problem.MISSING), new StaleFile(unknown, StaleFile.Problem.NOT_GENERATED));
    assertThat(missing.committedCopy()).exists();
    assertThat(unknown.committedCopy()).doesNotExist();
  }

  @Test
  void aCommittedDirectoryHoldsEveryGeneratedFileUnderItsFolderAndNothingElse() throws Exception {
    CodegenRequest request = request();
    Path docs = project.resolve("docs/events");
    CommittedDirectory directory = CommittedDirectory.parse("RESOURCES:events/", docs);
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("logged_in.txt"), "an older version\n");
    Files.writeString(docs.resolve("removed_event.txt"), "the page of an event the plan no longer has\n");

    List<StaleFile> stale = CodegenCompiler.check(request, List.of(), List.of(directory));
    assertThat(stale).extracting(s -> s.describe(project.relativize(s.file().committedCopy()).toString()))
        .containsExactly(
            "docs/events/logged_in.txt (RESOURCES:events/logged_in.txt) differs from what the plan generates",
            "docs/events/signed_up.txt (RESOURCES:events/signed_up.txt) is missing",
            "docs/events/removed_event.txt (RESOURCES:events/removed_event.txt) is no longer generated; delete it");

    assertThat(CodegenCompiler.update(request, List.of(), List.of(directory))).hasSize(3);
    assertThat(docs.resolve("removed_event.txt")).doesNotExist();
    assertThat(docs.resolve("signed_up.txt")).content().startsWith("# Generated from tracking-plan.yaml");
    assertThat(CodegenCompiler.check(request, List.of(), List.of(directory))).isEmpty();
    assertThatThrownBy(() -> CommittedDirectory.parse("RESOURCES:events", docs)).hasMessageContaining("end with '/'");
  }

  @Test
  void outputPathsParseTheirTextForm() {
    assertThat(OutputPath.parse("resources: eventplan/typescript/tracking.ts"))
        .isEqualTo(new OutputPath(OutputRoot.RESOURCES, "eventplan/typescript/tracking.ts"));
    assertThatThrownBy(() -> OutputPath.parse("eventplan/tracking.ts")).hasMessageContaining("not ROOT:path");
    assertThatThrownBy(() -> OutputPath.parse("SOURCES:a.ts")).hasMessageContaining("JAVA_SOURCES or RESOURCES");
    assertThatThrownBy(() -> OutputPath.parse("RESOURCES:../a.ts")).hasMessageContaining("relative");
  }
}
