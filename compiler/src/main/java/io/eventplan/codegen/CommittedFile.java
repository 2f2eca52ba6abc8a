package io.eventplan.codegen;

import java.nio.file.Path;

/**
 * A generated file that the project also commits, e.g. a TypeScript snippet kept in the repository.
 *
 * @param generated which generated file it is a copy of
 * @param committedCopy where the project keeps its copy
 */
public record CommittedFile(OutputPath generated, Path committedCopy) {
  public CommittedFile {
    if (generated == null || committedCopy == null) {
      throw new IllegalArgumentException("a committed file needs the generated path and its copy");
    }
  }
}
