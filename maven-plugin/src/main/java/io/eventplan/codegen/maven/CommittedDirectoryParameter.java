package io.eventplan.codegen.maven;

import java.io.File;

/**
 * One entry of the {@code committedDirectories} parameter:
 *
 * <pre>{@code
 * <committedDirectory>
 *   <generated>RESOURCES:eventplan/catalog/markdown/</generated>
 *   <directory>docs/catalog</directory>
 * </committedDirectory>
 * }</pre>
 */
public class CommittedDirectoryParameter {
  /** The generated folder, {@code RESOURCES:folder/}. */
  String generated;

  /** The project's committed copy of the folder, relative to the project folder. */
  File directory;

  @Override
  public String toString() {
    return generated + " -> " + directory;
  }
}
