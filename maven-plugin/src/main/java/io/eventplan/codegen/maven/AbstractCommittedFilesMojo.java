package io.eventplan.codegen.maven;

import io.eventplan.codegen.CommittedDirectory;
import io.eventplan.codegen.CommittedFile;
import io.eventplan.codegen.OutputPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that compare or refresh the generated files a project commits. */
abstract class AbstractCommittedFilesMojo extends AbstractEventplanMojo {

  /**
   * Generated files the project keeps a committed copy of, e.g. a TypeScript tracking snippet. Each
   * entry names the generated file ({@code RESOURCES:eventplan/typescript/tracking.ts}) and the copy
   * ({@code web/src/tracking.ts}).
   */
  @Parameter
  List<CommittedFileParameter> committedFiles = new ArrayList<>();

  /**
   * Generated folders the project keeps a committed copy of, e.g. the Markdown catalog. Each entry names
   * the generated folder ({@code RESOURCES:eventplan/catalog/markdown/}) and the copy ({@code docs/catalog}).
   */
  @Parameter
  List<CommittedDirectoryParameter> committedDirectories = new ArrayList<>();

  List<CommittedDirectory> committedDirectories() throws MojoExecutionException {
    List<CommittedDirectory> directories = new ArrayList<>();
    for (CommittedDirectoryParameter parameter : committedDirectories) {
      if (parameter.generated == null || parameter.directory == null) {
        throw new MojoExecutionException(
            "eventplan: every <committedDirectory> needs <generated> and <directory>; found " + parameter);
      }
      try {
        Path copy = project.getBasedir().toPath().resolve(parameter.directory.toPath()).normalize();
        directories.add(CommittedDirectory.parse(parameter.generated, copy));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("eventplan: committedDirectories: " + e.getMessage(), e);
      }
    }
    return directories;
  }

  List<CommittedFile> committedFiles() throws MojoExecutionException {
    List<CommittedFile> files = new ArrayList<>();
    for (CommittedFileParameter parameter : committedFiles) {
      if (parameter.generated == null || parameter.file == null) {
        throw new MojoExecutionException(
            "eventplan: every <committedFile> needs <generated> and <file>; found " + parameter);
      }
      try {
        Path copy = project.getBasedir().toPath().resolve(parameter.file.toPath()).normalize();
        files.add(new CommittedFile(OutputPath.parse(parameter.generated), copy));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("eventplan: committedFiles: " + e.getMessage(), e);
      }
    }
    return files;
  }
}
