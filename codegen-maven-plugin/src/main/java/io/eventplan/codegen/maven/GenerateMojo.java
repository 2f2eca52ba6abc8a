package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.CodegenResult;
import io.eventplan.plan.Diagnostic;
import java.nio.file.Path;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Goal {@code generate}: compiles the tracking plan into Java sources and resources, writing only what
 * changed since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractEventplanMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    // Registered first and on every run: an up-to-date run writes nothing, but the compiler and the
    // resources plugin must still see the outputs of the previous one.
    registerOutputDirectories();
    CodegenRequest request = request();
    CodegenResult result = compile(() -> CodegenCompiler.compile(request));
    for (Diagnostic warning : result.warnings()) {
      getLog().warn(warning.toString());
    }
    result.notes().forEach(note -> getLog().info("eventplan: " + note));
    getLog().info("eventplan: " + result.summary());
  }

  void registerOutputDirectories() {
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    Path resources = normalized(resourceDirectory.getAbsolutePath());
    boolean registered = project.getResources().stream()
        .anyMatch(resource -> resource.getDirectory() != null && normalized(resource.getDirectory()).equals(resources));
    if (!registered) {
      Resource resource = new Resource();
      resource.setDirectory(resources.toString());
      project.addResource(resource);
    }
  }

  private Path normalized(String directory) {
    return project.getBasedir().toPath().resolve(directory).toAbsolutePath().normalize();
  }
}
