package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.CommittedFile;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Goal {@code update}: rewrites the committed copies of generated files from the plan ({@code ./mvnw eventplan:update}). */
@Mojo(name = "update", threadSafe = true)
public class UpdateMojo extends AbstractCommittedFilesMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<CommittedFile> files = committedFiles();
    CodegenRequest request = request();
    List<CommittedFile> updated = compile(() -> CodegenCompiler.update(request, files));
    for (CommittedFile file : updated) {
      getLog().info("eventplan: updated " + relativeToProject(file.committedCopy()));
    }
    getLog().info(updated.isEmpty()
        ? "eventplan: " + files.size() + " committed files already match the plan"
        : "eventplan: " + updated.size() + " of " + files.size() + " committed files updated; commit them");
  }
}
