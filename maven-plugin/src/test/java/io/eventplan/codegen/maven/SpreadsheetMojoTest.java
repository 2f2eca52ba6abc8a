package io.eventplan.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-csv then import-csv, as Maven runs them, with a project model built by hand. */
class SpreadsheetMojoTest {
  @TempDir Path basedir;
  MavenProject project;
  RecordingLog log = new RecordingLog();

  @BeforeEach
  void project() throws Exception {
    project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getModel().setBuild(new Build());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    Files.writeString(basedir.resolve("tracking-plan.yaml"), """
        plan: {name: Shop, version: 1}
        events:
          Order Completed:
            description: Paid.
            status: implemented
            properties:
              total: {type: number, min: 0, required: true}
        """);
  }

  <T extends AbstractEventplanMojo> T configure(T mojo, String plan) {
    mojo.project = project;
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("1.0");
    mojo.plugin = plugin;
    mojo.planFile = basedir.resolve(plan).toFile();
    mojo.javaPackage = "com.example.events";
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void exportThenImportWritesAnEquivalentPlanAndReportsIt() throws Exception {
    ExportCsvMojo export = configure(new ExportCsvMojo(), "tracking-plan.yaml");
    export.csvFile = basedir.resolve("target/eventplan/tracking-plan.csv").toFile();
    export.execute();
    assertThat(log.lines).anyMatch(l -> l.contains("wrote target/eventplan/tracking-plan.csv (1 events)"));

    ImportCsvMojo importer = configure(new ImportCsvMojo(), "imported.yaml");
    importer.csvFile = export.csvFile;
    importer.execute();
    String yaml = Files.readString(basedir.resolve("imported.yaml"));
    assertThat(yaml).contains("  Order Completed:\n", "      total:\n", "        min: 0.0\n", "        required: true\n");
    assertThat(log.lines).anyMatch(l -> l.contains("wrote imported.yaml (1 events)"));

    assertThatThrownBy(importer::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("imported.yaml already exists");
  }
}
