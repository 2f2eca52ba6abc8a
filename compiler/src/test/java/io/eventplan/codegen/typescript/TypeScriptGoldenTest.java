package io.eventplan.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed copies of the snippet in {@code login-frontend/}, byte for byte: the root plan's (under
 * {@code src/generated/}, which reviewers read and the page imports), the every-type plan's (a test
 * fixture of the snippet's node tests) and the root plan's typed calls over analytics-next (the fixture of
 * its type tests and browser test). After an intended change, regenerate them with
 * {@code ./mvnw -pl compiler test -Dtest=TypeScriptGoldenTest -Deventplan.golden=write}
 * and review the diff.
 */
class TypeScriptGoldenTest {

  private static final Path FRONTEND = Path.of("..", "login-frontend");
  static final Path ROOT_SNIPPET = FRONTEND.resolve(Path.of("src", "generated"));
  static final Path EVERY_TYPE_SNIPPET = FRONTEND.resolve(Path.of("test", "fixtures", "every-type"));
  static final Path ANALYTICS_NEXT_WRAPPER = FRONTEND.resolve(Path.of("test", "fixtures", "analytics-next"));

  @Test
  void rootPlanSnippetIsCommittedUpToDate() throws IOException {
    TypeScriptPlans.Snippet snippet = assertCommitted(TypeScriptPlans.rootPlan(), ROOT_SNIPPET);
    if ("write".equals(System.getProperty("eventplan.golden"))) {
      Files.writeString(ROOT_SNIPPET.resolve("tracking-formats.js"), snippet.formats(), StandardCharsets.UTF_8);
      Files.writeString(ROOT_SNIPPET.resolve("tracking-formats.d.ts"), snippet.formatsDeclarations(), StandardCharsets.UTF_8);
    }
    assertSame(snippet.formats(), ROOT_SNIPPET.resolve("tracking-formats.js"));
    assertSame(snippet.formatsDeclarations(), ROOT_SNIPPET.resolve("tracking-formats.d.ts"));
  }

  @Test
  void everyTypeSnippetIsCommittedUpToDate() throws IOException {
    assertCommitted(TypeScriptPlans.everyTypePlan(), EVERY_TYPE_SNIPPET);
  }

  @Test
  void rootPlanOverAnalyticsNextIsCommittedUpToDate() throws IOException {
    TypeScriptPlans.Wrapper wrapper = TypeScriptPlans.emitAnalyticsNext(TypeScriptPlans.rootPlan());
    if ("write".equals(System.getProperty("eventplan.golden"))) {
      Files.createDirectories(ANALYTICS_NEXT_WRAPPER);
      Files.writeString(ANALYTICS_NEXT_WRAPPER.resolve("tracking.js"), wrapper.module(), StandardCharsets.UTF_8);
      Files.writeString(ANALYTICS_NEXT_WRAPPER.resolve("tracking.d.ts"), wrapper.declarations(), StandardCharsets.UTF_8);
    }
    assertSame(wrapper.module(), ANALYTICS_NEXT_WRAPPER.resolve("tracking.js"));
    assertSame(wrapper.declarations(), ANALYTICS_NEXT_WRAPPER.resolve("tracking.d.ts"));
  }

  private static TypeScriptPlans.Snippet assertCommitted(TrackingPlan plan, Path folder) throws IOException {
    TypeScriptPlans.Snippet snippet = TypeScriptPlans.emit(plan);
    if ("write".equals(System.getProperty("eventplan.golden"))) {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("tracking.js"), snippet.module(), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("tracking.d.ts"), snippet.declarations(), StandardCharsets.UTF_8);
    }
    assertSame(snippet.module(), folder.resolve("tracking.js"));
    assertSame(snippet.declarations(), folder.resolve("tracking.d.ts"));
    return snippet;
  }

  private static void assertSame(String emitted, Path committed) throws IOException {
    assertThat(committed).as("%s is missing; generate it with -Deventplan.golden=write", committed).exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("%s is stale; if the change is intended, rerun with -Deventplan.golden=write", committed)
        .isEqualTo(emitted);
  }
}
