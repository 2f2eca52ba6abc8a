package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.CommittedDirectory;
import io.eventplan.codegen.CommittedFile;
import io.eventplan.codegen.StaleFile;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Goal {@code update} ({@code ./mvnw eventplan:update}): rewrites committed copies of generated files. */
@Mojo(name = "update", threadSafe = true)
public class UpdateMojo extends AbstractCommittedFilesMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<CommittedFile> files = committedFiles();
    List<CommittedDirectory> directories = committedDirectories();
    CodegenRequest request = request();
    List<StaleFile> stale = compile(() -> CodegenCompiler.update(request, files, directories));
    List<StaleFile> unknown = stale.stream().filter(s -> s.problem() == StaleFile.Problem.NOT_GENERATED).toList();
    for (StaleFile file : stale) {
      if (file.problem() != StaleFile.Problem.NOT_GENERATED) {
        getLog().info("eventplan: " + (file.problem() == StaleFile.Problem.NO_LONGER_GENERATED ? "deleted " : "updated ")
            + relativeToProject(file.file().committedCopy()));
      }
    }
    if (!unknown.isEmpty()) {
      StringBuilder message = new StringBuilder("eventplan: cannot update");
      for (StaleFile file : unknown) {
        message.append("\n  ").append(file.describe(relativeToProject(file.file().committedCopy())));
      }
      throw new MojoExecutionException(message.toString());
    }
    getLog().info(stale.isEmpty()
        ? "eventplan: the committed files already match the plan"
        : "eventplan: " + stale.size() + (stale.size() == 1 ? " committed file" : " committed files")
            + " updated or deleted; commit them");
  }
}
