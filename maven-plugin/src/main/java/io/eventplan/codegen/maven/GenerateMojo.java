package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.CodegenResult;
import io.eventplan.plan.Diagnostic;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code generate}: compiles the tracking plan into Java sources and resources, writing only what
 * changed since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractEventplanMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    RuntimeDependency.check(project.getArtifacts(), plugin.getVersion(), scope() == BuildScope.TEST ? "test" : "compile")
        .ifPresent(getLog()::warn);
    // Registered first and on every run: an up-to-date run writes nothing, but the compiler and the
    // resources plugin must still see the outputs of the previous one.
    scope().register(project, outputDirectory().toAbsolutePath(), resourceDirectory().toAbsolutePath());
    CodegenRequest request = request();
    CodegenResult result = compile(() -> CodegenCompiler.compile(request));
    for (Diagnostic warning : result.warnings()) {
      getLog().warn(warning.toString());
    }
    result.notes().forEach(note -> getLog().info("eventplan: " + note));
    getLog().info("eventplan: " + result.summary());
  }
}
