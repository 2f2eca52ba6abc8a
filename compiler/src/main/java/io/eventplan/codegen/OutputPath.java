package io.eventplan.codegen;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * Where a generated file goes: an output root and a '/'-separated path relative to it, written
 * {@code RESOURCES:eventplan/schemas/events/logged_in.json}.
 */
public record OutputPath(OutputRoot root, String path) implements Comparable<OutputPath> {

  private static final Comparator<OutputPath> ORDER =
      Comparator.comparing(OutputPath::root).thenComparing(OutputPath::path);

  public OutputPath {
    if (root == null || path == null) {
      throw new IllegalArgumentException("an output path needs a root and a path");
    }
    // Same rule as GeneratedFile: nothing may escape its output root.
    new GeneratedFile(root, path, "");
    if (path.isEmpty() || path.endsWith("/")) {
      throw new IllegalArgumentException("an output path must name a file: '" + path + "'");
    }
  }

  public static OutputPath of(GeneratedFile file) {
    return new OutputPath(file.root(), file.path());
  }

  /** Parses {@code ROOT:relative/path}, e.g. {@code RESOURCES:eventplan/typescript/tracking.ts}. */
  public static OutputPath parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is not ROOT:path; write e.g. RESOURCES:eventplan/typescript/tracking.ts");
    }
    String root = text.substring(0, colon).trim().toUpperCase(Locale.ROOT);
    try {
      return new OutputPath(OutputRoot.valueOf(root), text.substring(colon + 1).trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "': the root must be JAVA_SOURCES or RESOURCES and the path relative ("
              + e.getMessage() + ")", e);
    }
  }

  /** This file under {@code rootDirectory}. */
  public Path resolveAgainst(Path rootDirectory) {
    return rootDirectory.resolve(path);
  }

  /** A key that is equal for paths that would clash on a case-insensitive file system. */
  String caseInsensitiveKey() {
    return root + ":" + path.toLowerCase(Locale.ROOT);
  }

  @Override
  public int compareTo(OutputPath other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return root + ":" + path;
  }
}
