package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.CommittedDirectory;
import io.eventplan.codegen.CommittedFile;
import io.eventplan.codegen.StaleFile;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Goal {@code check}: fails when a committed copy of a generated file differs from what the plan
 * generates now, naming each one. With no committed files it only checks that the plan compiles.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCommittedFilesMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<CommittedFile> files = committedFiles();
    List<CommittedDirectory> directories = committedDirectories();
    CodegenRequest request = request();
    List<StaleFile> stale = compile(() -> CodegenCompiler.check(request, files, directories));
    String plan = relativeToProject(planFile.toPath());
    if (stale.isEmpty()) {
      getLog().info(files.isEmpty() && directories.isEmpty()
          ? "eventplan: " + plan + " compiles; no committed files to check"
          : "eventplan: " + (files.size() == 1 ? "1 committed file" : files.size() + " committed files")
              + (directories.isEmpty() ? "" : " and " + directories.size()
                  + (directories.size() == 1 ? " committed directory" : " committed directories"))
              + (files.size() == 1 && directories.isEmpty() ? " matches " : " match ") + plan);
      return;
    }
    StringBuilder message = new StringBuilder("eventplan: ").append(stale.size())
        .append(stale.size() == 1 ? " committed file does" : " committed files do")
        .append(" not match what ").append(plan).append(" generates:");
    for (StaleFile file : stale) {
      message.append("\n  ").append(file.describe(relativeToProject(file.file().committedCopy())));
    }
    if (stale.stream().anyMatch(file -> file.problem() != StaleFile.Problem.NOT_GENERATED)) {
      message.append("\nRun ./mvnw eventplan:update to rewrite them from the plan, then commit them.");
    }
    throw new MojoFailureException(message.toString());
  }
}
