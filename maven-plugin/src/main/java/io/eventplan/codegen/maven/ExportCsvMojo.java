package io.eventplan.codegen.maven;

import io.eventplan.codegen.spreadsheet.SpreadsheetExport;
import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goal {@code export-csv} ({@code ./mvnw eventplan:export-csv}): writes the plan as a CSV in Segment's
 * tracking-plan template, the Code column filled with the generated TypeScript and Java calls.
 */
@Mojo(name = "export-csv", threadSafe = true)
public class ExportCsvMojo extends AbstractEventplanMojo {

  /** Where the CSV goes; replaced on every run. */
  @Parameter(property = "eventplan.csvFile", defaultValue = "${project.build.directory}/eventplan/tracking-plan.csv")
  File csvFile;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    String plan = relativeToProject(planFile.toPath());
    LoadResult loaded = PlanLoader.load(planFile.toPath(), plan, new CheckOptions(strict));
    if (loaded.plan().isEmpty()) {
      throw new MojoFailureException("eventplan: " + plan + " has errors; fix them and export again:\n"
          + loaded.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    }
    Path target = csvFile.toPath();
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.write(target, SpreadsheetExport.csv(loaded.plan().get(), javaPackage).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException("eventplan: " + e, e);
    }
    getLog().info("eventplan: wrote " + relativeToProject(target) + " (" + loaded.plan().get().events().size()
        + " events) from " + plan);
  }
}
