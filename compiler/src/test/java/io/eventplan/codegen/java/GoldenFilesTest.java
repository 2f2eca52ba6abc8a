package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The output for the root plan, byte for byte: golden files for review, and determinism. Rewrite the
 * golden files with {@code -Deventplan.golden=write}.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "java");

  private static List<GeneratedFile> emitRootPlan() {
    TrackingPlan plan =
        PlanLoader.load(Path.of("..", "tracking-plan.yaml"), "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow();
    return new JavaEmitter().emit(plan, GeneratedCode.CONTEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LoggedIn", "LoggedInValidator"})
  void matchesTheGoldenFile(String simpleName) throws IOException {
    String path = GeneratedCode.PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    String actual = emitRootPlan().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    Path golden = GOLDEN.resolve(simpleName + ".java");
    if ("write".equals(System.getProperty("eventplan.golden"))) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void emittingTwiceGivesIdenticalFiles() {
    assertThat(emitRootPlan()).isEqualTo(emitRootPlan());
  }

  @Test
  void everyFileStartsWithTheHeaderAndLivesInThePackage() {
    List<GeneratedFile> files = emitRootPlan();
    GeneratedFile service = files.stream().filter(f -> f.root() == OutputRoot.RESOURCES).findFirst().orElseThrow();
    assertThat(service.path()).isEqualTo("META-INF/services/io.eventplan.runtime.EventPlan");
    assertThat(service.content()).isEqualTo(
        "# Generated from tracking-plan.yaml by eventplan - do not edit.\ncom.example.events.EventRegistry\n");
    for (GeneratedFile file : files.stream().filter(f -> f.root() == OutputRoot.JAVA_SOURCES).toList()) {
      assertThat(file.content()).startsWith("// Generated from tracking-plan.yaml by eventplan - do not edit.\n");
      assertThat(file.path()).startsWith("com/example/events/").endsWith(".java");
      assertThat(file.content()).doesNotContain("\r").endsWith("}\n");
    }
  }
}
