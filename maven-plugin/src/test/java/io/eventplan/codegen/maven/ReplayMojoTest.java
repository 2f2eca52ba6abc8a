package io.eventplan.codegen.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal replay's own part: it checks its input and finds the collector's replay on the plugin's class path, saying
 * what to add when it is not there. The replay itself is tested in the collector (ReplayTest).
 */
class ReplayMojoTest {
  @TempDir Path basedir;

  ReplayMojo mojo(Path plan) {
    ReplayMojo mojo = new ReplayMojo();
    mojo.url = "jdbc:postgresql://localhost:1/none";
    mojo.user = "postgres";
    mojo.plan = plan.toFile();
    mojo.setLog(new RecordingLog());
    return mojo;
  }

  @Test
  void aPlanThatWasNotCompiledIsNamed() {
    assertThatThrownBy(mojo(basedir.resolve("target/classes"))::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("target/classes")
        .hasMessageContaining("mvn compile eventplan:replay");
  }

  @Test
  void withoutTheCollectorOnThePluginClassPathItSaysWhatToAdd() throws Exception {
    Files.createDirectories(basedir.resolve("classes"));
    assertThatThrownBy(mojo(basedir.resolve("classes"))::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("io.eventplan:eventplan-collector is not on the plugin's class path")
        .hasMessageContaining("docs/collector.md#replay");
  }
}
