package io.eventplan.codegen;

import java.nio.charset.StandardCharsets;

/**
 * A file produced by an emitter: where it goes and its exact text (UTF-8, '\n' line ends).
 *
 * @param root which output root the path is relative to
 * @param path a relative path with '/' separators, e.g. {@code io/eventplan/events/LoggedIn.java}
 */
public record GeneratedFile(OutputRoot root, String path, String content) {

  public GeneratedFile {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("generated path must be relative and normalized: " + path);
    }
  }

  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
