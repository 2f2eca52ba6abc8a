package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files kept for review under src/test/resources; run the tests with
 * {@code -Dwarehouse.golden=write} to rewrite them after an intended change.
 */
final class Golden {
  private static final Path ROOT = Path.of("src/test/resources");

  private Golden() {}

  static void check(String path, String actual) throws IOException {
    Path file = ROOT.resolve(path);
    if ("write".equals(System.getProperty("warehouse.golden"))) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (write it with -Dwarehouse.golden=write)", path).exists();
    assertThat(actual).as("golden file %s", path).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
