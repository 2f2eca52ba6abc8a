package io.eventplan.codegen;

import java.nio.file.Path;

/**
 * A folder of generated files that the project also commits, e.g. the Markdown catalog under
 * {@code docs/catalog}: every generated file under {@code prefix} has its copy under
 * {@code directory}, and a file there that the plan no longer generates is stale too.
 *
 * @param prefix a folder of generated paths, ending in '/', e.g. {@code eventplan/catalog/markdown/}
 */
public record CommittedDirectory(OutputRoot root, String prefix, Path directory) {

  public CommittedDirectory {
    if (root == null || prefix == null || directory == null) {
      throw new IllegalArgumentException("a committed directory needs a root, a generated folder and its copy");
    }
    if (!prefix.endsWith("/") || prefix.startsWith("/") || prefix.contains("..") || prefix.contains("\\")) {
      throw new IllegalArgumentException("the generated folder must be relative and end with '/': '" + prefix + "'");
    }
  }

  /** Parses {@code ROOT:folder/}, e.g. {@code RESOURCES:eventplan/catalog/markdown/}. */
  public static CommittedDirectory parse(String generated, Path directory) {
    int colon = generated.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "'" + generated + "' is not ROOT:folder/; write e.g. RESOURCES:eventplan/catalog/markdown/");
    }
    try {
      return new CommittedDirectory(OutputRoot.valueOf(generated.substring(0, colon).trim().toUpperCase(java.util.Locale.ROOT)),
          generated.substring(colon + 1).trim(), directory);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + generated + "': the root must be JAVA_SOURCES or RESOURCES and the"
          + " folder relative, ending with '/' (" + e.getMessage() + ")", e);
    }
  }
}
