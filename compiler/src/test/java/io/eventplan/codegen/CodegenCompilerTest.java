package io.eventplan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CodegenCompilerTest {
  static final String PLAN = """
      plan:
        name: Test Plan
        version: 1
      events:
        Logged In:
          description: A user logged in.
          properties:
            method: {type: string, values: [password, sso]}
        Signed Up:
          description: A visitor signed up.
          properties:
            plan: {type: string}
      """;
  static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path project;
  Path plan;
  FakeEmitters.PerEvent perEvent;

  @BeforeEach
  void writePlan() throws IOException {
    plan = project.resolve("tracking-plan.yaml");
    Files.writeString(plan, PLAN);
    perEvent = new FakeEmitters.PerEvent();
  }

  CodegenRequest request(String javaPackage, boolean strict, String version) {
    return new CodegenRequest(plan, "tracking-plan.yaml", project.resolve("target/generated-sources"),
        project.resolve("target/generated-resources"), project.resolve("target/eventplan/state.json"),
        javaPackage, strict, List.of(perEvent, new FakeEmitters.EventList()), version);
  }

  CodegenRequest request() {
    return request("com.example.events", false, "1.0");
  }

  Path resource(String path) {
    return project.resolve("target/generated-resources").resolve(path);
  }

  Path javaSource(String path) {
    return project.resolve("target/generated-sources").resolve(path);
  }

  Path state() {
    return project.resolve("target/eventplan/state.json");
  }

  @Test
  void firstRunWritesEveryOutputAndTheState() throws Exception {
    CodegenResult result = CodegenCompiler.compile(request());

    assertThat(result.upToDate()).isFalse();
    assertThat(result.written()).extracting(OutputPath::toString).containsExactly(
        "JAVA_SOURCES:com/example/events/Events.java",
        "RESOURCES:events/logged_in.txt",
        "RESOURCES:events/signed_up.txt");
    assertThat(result.summary()).isEqualTo("3 files written, 0 deleted");
    assertThat(resource("events/logged_in.txt")).hasContent(
        "# Generated from tracking-plan.yaml by eventplan - do not edit.\nLogged In: A user logged in.");
    assertThat(javaSource("com/example/events/Events.java")).content().contains("// Logged In", "// Signed Up");
    assertThat(state()).content().contains("\"inputHash\"", "\"RESOURCES:events/logged_in.txt\"");
  }

  @Test
  void secondRunWritesNothingAndDoesNotEmit() throws Exception {
    CodegenCompiler.compile(request());
    Map<Path, FileTime> before = ageAllFiles();

    CodegenResult result = CodegenCompiler.compile(request());

    assertThat(result.upToDate()).isTrue();
    assertThat(result.written()).isEmpty();
    assertThat(result.unchanged()).hasSize(3);
    assertThat(result.summary()).isEqualTo("up to date, nothing written");
    assertThat(perEvent.runs).hasValue(1);
    assertThat(modificationTimes()).isEqualTo(before);
  }

  @Test
  void planChangeRewritesOnlyTheFilesThatChanged() throws Exception {
    CodegenCompiler.compile(request());
    ageAllFiles();
    Files.writeString(plan, PLAN.replace("A visitor signed up.", "A visitor created an account."));

    CodegenResult result = CodegenCompiler.compile(request());

    assertThat(result.written()).extracting(OutputPath::toString).containsExactly("RESOURCES:events/signed_up.txt");
    assertThat(result.unchanged()).hasSize(2);
    assertThat(result.summary()).isEqualTo("1 file written, 0 deleted, 2 unchanged");
    assertThat(Files.getLastModifiedTime(resource("events/logged_in.txt"))).isEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(javaSource("com/example/events/Events.java"))).isEqualTo(LONG_AGO);
    assertThat(resource("events/signed_up.txt")).content().contains("created an account");
    assertThat(CodegenCompiler.compile(request()).upToDate()).isTrue();
  }

  @Test
  void outputsOfARemovedEventAreDeleted() throws Exception {
    CodegenCompiler.compile(request());
    Files.writeString(plan, PLAN.substring(0, PLAN.indexOf("  Signed Up:")));

    CodegenResult result = CodegenCompiler.compile(request());

    assertThat(result.deleted()).extracting(OutputPath::toString).containsExactly("RESOURCES:events/signed_up.txt");
    assertThat(resource("events/signed_up.txt")).doesNotExist();
    assertThat(resource("events/logged_in.txt")).exists();
    assertThat(state()).content().doesNotContain("signed_up");
  }

  @Test
  void aNewWarehouseAddressIsAConfigurationChangeThatRegenerates() throws Exception {
    List<Emitter> emitters = List.of(new io.eventplan.codegen.powerbi.PowerBiConnectionEmitter());
    java.util.function.Function<WarehouseAddress, CodegenRequest> requestFor = address -> new CodegenRequest(plan,
        "tracking-plan.yaml", project.resolve("target/generated-sources"),
        project.resolve("target/generated-resources"), state(), "com.example.events", false, emitters,
        "1.0", false, address);
    CodegenCompiler.compile(requestFor.apply(WarehouseAddress.DEFAULT));
    assertThat(CodegenCompiler.compile(requestFor.apply(WarehouseAddress.DEFAULT)).upToDate()).isTrue();

    CodegenResult result = CodegenCompiler.compile(requestFor.apply(new WarehouseAddress("db.example.com:6432", "bi")));

    assertThat(result.upToDate()).isFalse();
    assertThat(result.written()).extracting(OutputPath::toString)
        .containsExactly("RESOURCES:eventplan/powerbi/Test Plan.pbids");
    assertThat(resource("eventplan/powerbi/Test Plan.pbids")).content().contains("\"server\": \"db.example.com:6432\"",
        "\"database\": \"bi\"");
  }

  @Test
  void aNewPackageRegeneratesAndRemovesTheOldPackageFolders() throws Exception {
    CodegenCompiler.compile(request());

    CodegenResult result = CodegenCompiler.compile(request("org.acme", false, "1.0"));

    assertThat(result.upToDate()).isFalse();
    assertThat(result.written()).extracting(OutputPath::toString).containsExactly("JAVA_SOURCES:org/acme/Events.java");
    assertThat(result.deleted()).extracting(OutputPath::toString)
        .containsExactly("JAVA_SOURCES:com/example/events/Events.java");
    assertThat(javaSource("com")).doesNotExist();
    assertThat(javaSource("org/acme/Events.java")).content().contains("package org.acme;");
  }

  @Test
  void strictModeOrANewGeneratorVersionRegenerates() throws Exception {
    CodegenCompiler.compile(request());

    assertThat(CodegenCompiler.compile(request("com.example.events", true, "1.0")).upToDate()).isFalse();
    assertThat(CodegenCompiler.compile(request("com.example.events", true, "1.0")).upToDate()).isTrue();
    CodegenResult newVersion = CodegenCompiler.compile(request("com.example.events", true, "1.1"));
    assertThat(newVersion.upToDate()).isFalse();
    assertThat(newVersion.written()).isEmpty();
    assertThat(perEvent.runs).hasValue(3);
  }

  @Test
  void aDeletedOrEditedOutputIsRestored() throws Exception {
    CodegenCompiler.compile(request());
    Files.delete(resource("events/logged_in.txt"));
    Files.writeString(resource("events/signed_up.txt"), "edited by hand");

    CodegenResult result = CodegenCompiler.compile(request());

    assertThat(result.written()).extracting(OutputPath::toString)
        .containsExactly("RESOURCES:events/logged_in.txt", "RESOURCES:events/signed_up.txt");
    assertThat(resource("events/signed_up.txt")).content().startsWith("# Generated");
  }

  @Test
  void anInterruptedRunIsNotTakenAsUpToDateAndItsOutputsAreCleanedLater() throws Exception {
    CodegenCompiler.compile(request());
    // Plan B adds two events; the second cannot be written because a folder blocks its path.
    Files.writeString(plan, PLAN + """
          Account Closed: {description: Closed.}
          Zone Entered: {description: Entered.}
        """);
    Files.createDirectories(resource("events/zone_entered.txt/blocker"));
    assertThatThrownBy(() -> CodegenCompiler.compile(request())).isInstanceOf(IOException.class);
    assertThat(resource("events/account_closed.txt")).exists();
    Files.delete(resource("events/zone_entered.txt/blocker"));
    Files.delete(resource("events/zone_entered.txt"));

    // Back to plan A: the state was left "in progress", so this is a real run that removes B's file.
    Files.writeString(plan, PLAN);
    CodegenResult result = CodegenCompiler.compile(request());

    assertThat(result.upToDate()).isFalse();
    assertThat(result.deleted()).extracting(OutputPath::toString)
        .containsExactly("RESOURCES:events/account_closed.txt");
  }

  @Test
  void theStateFileIsSortedAndIndependentOfWhereTheProjectLives(@TempDir Path elsewhere) throws Exception {
    CodegenCompiler.compile(request());
    Path otherPlan = elsewhere.resolve("tracking-plan.yaml");
    Files.writeString(otherPlan, PLAN);
    CodegenCompiler.compile(new CodegenRequest(otherPlan, "tracking-plan.yaml",
        elsewhere.resolve("target/generated-sources"), elsewhere.resolve("target/generated-resources"),
        elsewhere.resolve("target/eventplan/state.json"), "com.example.events", false,
        List.of(new FakeEmitters.PerEvent(), new FakeEmitters.EventList()), "1.0"));

    String text = Files.readString(state());
    assertThat(Files.readString(elsewhere.resolve("target/eventplan/state.json"))).isEqualTo(text);
    assertThat(text).doesNotContain("\r").doesNotContain(project.toString());
    JsonNode json = JsonMapper.builder().build().readTree(text);
    assertThat(json.propertyNames()).containsExactly("format", "generatorVersion", "inputHash", "outputs", "roots");
    assertKeysSorted(json);
  }

  @Test
  void planErrorsFailWithEveryLocatedDiagnosticAndWriteNothing() throws Exception {
    Files.writeString(plan, """
        plan:
          name: Test Plan
          version: 1
        events:
          Logged In:
            properties:
              method: {typ: string}
              count: {type: integr}
        """);

    assertThatThrownBy(() -> CodegenCompiler.compile(request()))
        .isInstanceOfSatisfying(PlanCompilationException.class, e -> {
          assertThat(e.lines()).anyMatch(l -> l.startsWith("tracking-plan.yaml:7:16: [UNKNOWN_KEY]"))
              .anyMatch(l -> l.startsWith("tracking-plan.yaml:8:21: [UNKNOWN_TYPE]"));
          assertThat(e.getMessage()).startsWith("tracking-plan.yaml has ")
              .contains(e.lines().toArray(String[]::new));
        });
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void aMissingPlanIsALocatedError() throws Exception {
    Files.delete(plan);

    assertThatThrownBy(() -> CodegenCompiler.compile(request()))
        .isInstanceOfSatisfying(PlanCompilationException.class,
            e -> assertThat(e.lines()).singleElement().asString().startsWith("tracking-plan.yaml:1:1: [FILE_EMPTY]"));
  }

  @Test
  void twoOutputsForOneFileAreRejected() throws Exception {
    CodegenRequest clash = new CodegenRequest(plan, "tracking-plan.yaml", project.resolve("java"),
        project.resolve("res"), state(), "a.b", false,
        List.of(FakeEmitters.fixed("one", OutputRoot.RESOURCES, "x/Readme.md"),
            FakeEmitters.fixed("two", OutputRoot.RESOURCES, "x/README.md")),
        "1.0");

    assertThatThrownBy(() -> CodegenCompiler.compile(clash))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one (RESOURCES:x/Readme.md) and two (RESOURCES:x/README.md)");
    assertThat(project.resolve("res")).doesNotExist();
  }

  private Map<Path, FileTime> ageAllFiles() throws IOException {
    try (Stream<Path> files = Files.walk(project.resolve("target"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
    return modificationTimes();
  }

  private Map<Path, FileTime> modificationTimes() throws IOException {
    Map<Path, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(project.resolve("target"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        times.put(file, Files.getLastModifiedTime(file));
      }
    }
    return times;
  }

  private static void assertKeysSorted(JsonNode node) {
    if (node.isObject()) {
      assertThat(List.copyOf(node.propertyNames())).isSorted();
      node.values().forEach(CodegenCompilerTest::assertKeysSorted);
    }
  }
}
