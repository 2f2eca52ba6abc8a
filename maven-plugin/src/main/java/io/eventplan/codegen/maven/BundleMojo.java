package io.eventplan.codegen.maven;

import io.eventplan.codegen.PlanBundle;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Goal {@code bundle}: packs the generated plan (its compiled classes, the changelog, the schemas and service file,
 * and the plan itself) into {@code <finalName>-eventplan.jar} and attaches it to the project, ready to sit beside the
 * collector ({@code EVENTPLAN_PLAN_BUNDLE}). Configure it like the {@code generate} goal it follows.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleMojo extends AbstractEventplanMojo {

  /** Where the generated sources were compiled to. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  File classesDirectory;

  /** The bundle's name without its classifier: {@code <artifactId>-<version>}. */
  @Parameter(defaultValue = "${project.build.finalName}", readonly = true)
  String finalName;

  @Component
  MavenProjectHelper projectHelper;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Path jar = Path.of(project.getBuild().getDirectory(), finalName + "-" + PlanBundle.CLASSIFIER + ".jar");
    io.eventplan.codegen.CodegenRequest request = request();
    List<String> entries = compile(() -> PlanBundle.write(request, classesDirectory.toPath(), jar));
    projectHelper.attachArtifact(project, "jar", PlanBundle.CLASSIFIER, jar.toFile());
    getLog().info("eventplan: plan bundle " + relativeToProject(jar) + " (" + entries.size() + " entries)");
  }
}
