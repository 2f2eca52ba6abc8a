package io.eventplan.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.model.TrackingPlan;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals as Maven runs them, with a project model built by hand and one small emitter. */
class MojoTest {
  static final Emitter README = new Emitter() {
    @Override
    public String id() {
      return "readme";
    }

    @Override
    public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
      return List.of(new GeneratedFile(OutputRoot.RESOURCES, "eventplan/README.txt",
          plan.info().name() + " has " + plan.events().size() + " events\n"));
    }
  };

  @TempDir Path basedir;
  MavenProject project;
  RecordingLog log = new RecordingLog();

  @BeforeEach
  void project() throws Exception {
    project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getModel().setBuild(new Build());
    project.setArtifacts(new java.util.HashSet<>(java.util.Set.of(runtime("1.0"))));
    Files.writeString(basedir.resolve("tracking-plan.yaml"), """
        plan: {name: Shop, version: 1}
        events:
          Order Completed: {description: Paid.}
        """);
  }

  /** The resolved eventplan-runtime dependency, at {@code version}. */
  static org.apache.maven.artifact.Artifact runtime(String version) {
    return new org.apache.maven.artifact.DefaultArtifact("io.eventplan", "eventplan-runtime", version, "compile",
        "jar", null, new org.apache.maven.artifact.handler.DefaultArtifactHandler("jar"));
  }

  @Test
  void aProjectWithoutTheRuntimeFailsNamingTheDependencyToAdd() {
    project.setArtifacts(new java.util.HashSet<>());
    GenerateMojo mojo = configure(new GenerateMojo());

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("the generated Java needs io.eventplan:eventplan-runtime:1.0")
        .hasMessageContaining("<artifactId>eventplan-runtime</artifactId>")
        .hasMessageContaining("<version>1.0</version>");
    assertThat(basedir.resolve("target/generated-sources/eventplan")).doesNotExist();
  }

  @Test
  void anotherRuntimeVersionIsAWarning() throws Exception {
    project.setArtifacts(new java.util.HashSet<>(java.util.Set.of(runtime("0.9"))));
    configure(new GenerateMojo()).execute();

    assertThat(log.lines).anyMatch(w -> w.startsWith("WARNING") && w.contains("eventplan-runtime:0.9 but the plugin is 1.0"));
  }

  @Test
  void theTypeScriptTargetChoosesWhatTrackingJsSendsThrough() throws Exception {
    GenerateMojo mojo = configure(new GenerateMojo());
    mojo.typescriptTarget = "analytics-next";
    mojo.execute();
    Path generated = basedir.resolve("target/generated-resources/eventplan/eventplan/typescript");
    assertThat(Files.readString(generated.resolve("tracking.js"))).contains("export function setAnalytics(instance)");
    assertThat(generated.resolve("tracking-formats.js")).doesNotExist();

    GenerateMojo snippet = configure(new GenerateMojo());
    snippet.execute(); // another target is another fingerprint: regenerated, the other's files removed
    assertThat(Files.readString(generated.resolve("tracking.js"))).contains("export function init(options)");
    assertThat(generated.resolve("tracking-formats.js")).exists();

    GenerateMojo wrong = configure(new GenerateMojo());
    wrong.typescriptTarget = "typewriter";
    assertThatThrownBy(wrong::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("eventplan: invalid configuration: typescriptTarget 'typewriter' is not one of snippet,"
            + " analytics-next (see docs/typescript-snippet.md)");
  }

  <T extends AbstractEventplanMojo> T configure(T mojo) {
    mojo.project = project;
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("1.0");
    mojo.plugin = plugin;
    mojo.planFile = basedir.resolve("tracking-plan.yaml").toFile();
    mojo.outputDirectory = basedir.resolve("target/generated-sources/eventplan").toFile();
    mojo.resourceDirectory = basedir.resolve("target/generated-resources/eventplan").toFile();
    mojo.stateFile = basedir.resolve("target/eventplan/state.json").toFile();
    mojo.javaPackage = "com.example.events";
    mojo.warehouse = false; // these tests are about the goals; WarehouseStepTest covers the warehouse
    mojo.setLog(log);
    return mojo;
  }

  GenerateMojo generate() {
    return configure(new GenerateMojo() {
      @Override
      List<Emitter> emitters() {
        return List.of(README);
      }
    });
  }

  GenerateTestMojo generateTest() {
    GenerateTestMojo mojo = configure(new GenerateTestMojo() {
      @Override
      List<Emitter> emitters() {
        return List.of(README);
      }
    });
    // the goal's own defaults under the build directory
    mojo.outputDirectory = null;
    mojo.resourceDirectory = null;
    mojo.stateFile = null;
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    return mojo;
  }

  CheckMojo check(String... generatedAndFile) {
    CheckMojo mojo = configure(new CheckMojo() {
      @Override
      List<Emitter> emitters() {
        return List.of(README);
      }
    });
    for (int i = 0; i < generatedAndFile.length; i += 2) {
      CommittedFileParameter parameter = new CommittedFileParameter();
      parameter.generated = generatedAndFile[i];
      parameter.file = new File(generatedAndFile[i + 1]);
      mojo.committedFiles.add(parameter);
    }
    return mojo;
  }

  @Test
  void generateKeepsTheLockBesideThePlanAndLogsIt() throws Exception {
    GenerateMojo first = generate();
    first.warehouse = true;
    first.execute();
    assertThat(basedir.resolve("tracking-plan.lock.json")).exists();
    assertThat(basedir.resolve("target/generated-resources/eventplan/eventplan/db/changelog.sql")).exists();
    assertThat(log.lines).contains("INFO eventplan: tracking-plan.lock.json updated: commit it with the plan");
    GenerateMojo second = generate();
    second.warehouse = true;
    second.execute();
    assertThat(log.lines).last().isEqualTo("INFO eventplan: up to date, nothing written");
  }

  @Test
  void generateRegistersItsDirectoriesOnceAndWritesIncrementally() throws Exception {
    generate().execute();
    generate().execute();

    String sources = basedir.resolve("target/generated-sources/eventplan").toString();
    String resources = basedir.resolve("target/generated-resources/eventplan").toString();
    assertThat(project.getCompileSourceRoots()).containsOnlyOnce(sources);
    assertThat(project.getResources()).extracting(Resource::getDirectory).containsOnlyOnce(resources);
    assertThat(basedir.resolve("target/generated-resources/eventplan/eventplan/README.txt"))
        .hasContent("Shop has 1 events");
    assertThat(log.lines).containsExactly(
        "INFO eventplan: 1 file written, 0 deleted", "INFO eventplan: up to date, nothing written");
  }

  @Test
  void generateTestRegistersTestRootsWithItsOwnDefaultsAndState() throws Exception {
    generate().execute();
    generateTest().execute();
    generateTest().execute();

    String sources = basedir.resolve("target/generated-test-sources/eventplan").toString();
    String resources = basedir.resolve("target/generated-test-resources/eventplan").toString();
    assertThat(project.getTestCompileSourceRoots()).containsOnlyOnce(sources);
    assertThat(project.getTestResources()).extracting(Resource::getDirectory).containsOnlyOnce(resources);
    assertThat(project.getCompileSourceRoots()).doesNotContain(sources);
    assertThat(project.getResources()).extracting(Resource::getDirectory).doesNotContain(resources);
    assertThat(basedir.resolve("target/generated-test-resources/eventplan/eventplan/README.txt"))
        .hasContent("Shop has 1 events");
    assertThat(basedir.resolve("target/eventplan/test-state.json")).exists();
    assertThat(basedir.resolve("target/eventplan/state.json")).exists();
    // the main execution's state is its own: the test goal's first run writes, its second does not
    assertThat(log.lines).containsExactly("INFO eventplan: 1 file written, 0 deleted",
        "INFO eventplan: 1 file written, 0 deleted", "INFO eventplan: up to date, nothing written");
  }

  @Test
  void planWarningsAreLoggedAsWarnings() throws Exception {
    Files.writeString(basedir.resolve("tracking-plan.yaml"), """
        plan: {name: Shop, version: 1}
        events:
          order completed: {description: Paid.}
        """);

    generate().execute();

    assertThat(log.lines).first().asString().startsWith("WARNING tracking-plan.yaml:3:3: [EVENT_NAMING]");
  }

  @Test
  void planErrorsFailTheBuildWithEveryLocatedLineButTheDirectoriesAreRegisteredFirst() throws Exception {
    Files.writeString(basedir.resolve("tracking-plan.yaml"), """
        plan: {name: Shop, version: 1}
        events:
          Order Completed: {descripton: Paid., properties: {total: {type: money}}}
        """);

    assertThatThrownBy(() -> generate().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("tracking-plan.yaml:3:21: [UNKNOWN_KEY]")
        .hasMessageContaining("[UNKNOWN_TYPE]");
    assertThat(project.getCompileSourceRoots()).hasSize(1);
  }

  @Test
  void anInvalidPackageIsAConfigurationError() {
    GenerateMojo mojo = generate();
    mojo.javaPackage = "com.example.class";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("javaPackage 'com.example.class'");
  }

  @Test
  void theWarehouseAddressReachesTheRequestAndItsEmitContext() throws Exception {
    GenerateMojo mojo = generate();
    mojo.warehouseServer = " db.example.com:6432 ";
    mojo.warehouseDatabase = "analytics";

    assertThat(mojo.request().emitContext().warehouse())
        .isEqualTo(new io.eventplan.codegen.WarehouseAddress("db.example.com:6432", "analytics"));
  }

  @Test
  void anEmptyWarehouseServerIsAConfigurationError() {
    GenerateMojo mojo = generate();
    mojo.warehouseServer = " ";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("warehouseServer is empty");
  }

  @Test
  void skipDoesNothing() throws Exception {
    GenerateMojo mojo = generate();
    mojo.skip = true;
    mojo.execute();

    assertThat(log.lines).containsExactly("INFO eventplan: skipped (eventplan.skip)");
    assertThat(project.getCompileSourceRoots()).isEmpty();
    assertThat(basedir.resolve("target")).doesNotExist();
  }

  @Test
  void checkNamesEachStaleFileAndPointsAtTheUpdateGoal() throws Exception {
    String[] config = {"RESOURCES:eventplan/README.txt", "docs/README.txt", "RESOURCES:eventplan/nope.txt", "x.txt"};

    assertThatThrownBy(() -> check(config).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("""
            eventplan: 2 committed files do not match what tracking-plan.yaml generates:
              docs/README.txt (RESOURCES:eventplan/README.txt) is missing
              x.txt (RESOURCES:eventplan/nope.txt) is a copy of a file the plan does not generate; \
            check the configured path
            Run ./mvnw eventplan:update to rewrite them from the plan, then commit them.""");

    UpdateMojo update = configure(new UpdateMojo() {
      @Override
      List<Emitter> emitters() {
        return List.of(README);
      }
    });
    update.committedFiles = check(config).committedFiles;
    assertThatThrownBy(update::execute).isInstanceOf(MojoExecutionException.class).hasMessage(
        "eventplan: cannot update\n  x.txt (RESOURCES:eventplan/nope.txt) is a copy of a file the plan does not"
            + " generate; check the configured path");
    assertThat(basedir.resolve("docs/README.txt")).hasContent("Shop has 1 events");
    update.committedFiles = check(config[0], config[1]).committedFiles;
    update.execute();
    check(config[0], config[1]).execute();
    assertThat(basedir.resolve("docs/README.txt")).hasContent("Shop has 1 events");
  }

  @Test
  void checkWithoutCommittedFilesOnlyCompilesThePlan() throws Exception {
    check().execute();

    Files.writeString(basedir.resolve("tracking-plan.yaml"), "events: {}\n");
    assertThatThrownBy(() -> check().execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("tracking-plan.yaml:1:1: [MISSING_KEY]");
  }

  @Test
  void runWithoutAGeneratedPlanSaysHowToBindGenerate() {
    RunMojo run = configure(new RunMojo());
    run.classesDirectory = basedir.resolve("target/classes").toFile();

    assertThatThrownBy(run::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("eventplan: no generated plan at target/eventplan/state.json")
        .hasMessageContaining("needs the generate goal bound in this project's pom")
        .hasMessageContaining("at plugin level rather than inside an <execution>");
  }
}
