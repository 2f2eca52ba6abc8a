package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The root plan's {@code logged_in.json}, byte for byte, kept for review in
 * {@code src/test/resources/golden/}. After an intended change, regenerate it with
 * {@code ./mvnw -pl compiler test -Dtest=GoldenSchemaTest -Deventplan.golden=write} and
 * review the diff.
 */
class GoldenSchemaTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "logged_in.json");
  private static final String EMITTED = "eventplan/schemas/events/logged_in.json";

  @Test
  void loggedInSchemaMatchesTheGoldenFile() throws IOException {
    GeneratedFile loggedIn = new JsonSchemaEmitter().emit(TestPlans.rootPlan(), TestPlans.CONTEXT).stream()
        .filter(file -> file.path().equals(EMITTED))
        .findFirst()
        .orElseThrow();

    if ("write".equals(System.getProperty("eventplan.golden"))) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, loggedIn.bytes());
    }

    assertThat(loggedIn.bytes())
        .as("%s differs from %s; if the change is intended, rerun with -Deventplan.golden=write", EMITTED, GOLDEN)
        .isEqualTo(Files.readAllBytes(GOLDEN));
  }
}
