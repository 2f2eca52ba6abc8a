package io.eventplan.codegen.maven;

import java.io.File;

/**
 * One entry of the {@code committedFiles} parameter:
 *
 * <pre>{@code
 * <committedFile>
 *   <generated>RESOURCES:eventplan/typescript/tracking.ts</generated>
 *   <file>web/src/tracking.ts</file>
 * </committedFile>
 * }</pre>
 */
public class CommittedFileParameter {
  /** The generated file, {@code JAVA_SOURCES:path} or {@code RESOURCES:path}. */
  String generated;

  /** The project's committed copy, relative to the project folder. */
  File file;

  @Override
  public String toString() {
    return generated + " -> " + file;
  }
}
