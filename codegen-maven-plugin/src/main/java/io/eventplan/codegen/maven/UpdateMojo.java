package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
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
    CodegenRequest request = request();
    List<StaleFile> stale = compile(() -> CodegenCompiler.update(request, files));
    List<StaleFile> unknown = stale.stream().filter(s -> s.problem() == StaleFile.Problem.NOT_GENERATED).toList();
    for (StaleFile file : stale) {
      if (file.problem() != StaleFile.Problem.NOT_GENERATED) {
        getLog().info("eventplan: updated " + relativeToProject(file.file().committedCopy()));
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
        : "eventplan: " + stale.size() + " of " + files.size() + " committed files updated; commit them");
  }
}
