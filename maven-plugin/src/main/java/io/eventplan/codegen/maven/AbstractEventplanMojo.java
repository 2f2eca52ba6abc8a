package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.EmitterRegistry;
import io.eventplan.codegen.PlanCompilationException;
import io.eventplan.codegen.WarehouseAddress;
import io.eventplan.codegen.typescript.TypeScriptTarget;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every eventplan goal shares, their translation into a request, and error mapping. */
abstract class AbstractEventplanMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** The tracking plan to compile. */
  @Parameter(property = "eventplan.planFile", defaultValue = "${project.basedir}/tracking-plan.yaml", required = true)
  File planFile;

  /**
   * Where generated Java sources go; added to the compile source roots (the test ones for
   * {@code generate-test}). Default {@code ${project.build.directory}/generated-sources/eventplan},
   * for {@code generate-test} {@code generated-test-sources/eventplan}.
   */
  @Parameter
  File outputDirectory;

  /**
   * Where generated non-Java files (JSON Schemas, the changelog, ...) go; added to the resources (the
   * test ones for {@code generate-test}). Default {@code ${project.build.directory}/generated-resources/eventplan},
   * for {@code generate-test} {@code generated-test-resources/eventplan}.
   */
  @Parameter
  File resourceDirectory;

  /**
   * Where the incremental state is kept. Executions that compile different plans in one project need
   * their own state file and output directories. Default {@code ${project.build.directory}/eventplan/state.json},
   * for {@code generate-test} {@code eventplan/test-state.json}.
   */
  @Parameter
  File stateFile;

  /** The package of the generated Java code. */
  @Parameter(property = "eventplan.javaPackage", defaultValue = "io.eventplan.generated", required = true)
  String javaPackage;

  /** Treat naming-convention warnings as errors. */
  @Parameter(property = "eventplan.strict", defaultValue = "false")
  boolean strict;

  /** Also generate the warehouse changelog, keeping the lock file beside the plan (see docs/plan-evolution.md). */
  @Parameter(property = "eventplan.warehouse", defaultValue = "true")
  boolean warehouse = true;

  /**
   * Host and port of the PostgreSQL warehouse, as written into the generated Power BI files (see
   * docs/powerbi.md).
   */
  @Parameter(property = "eventplan.warehouseServer", defaultValue = "localhost:5432")
  String warehouseServer = "localhost:5432";

  /** The warehouse's database name, as written into the generated Power BI files. */
  @Parameter(property = "eventplan.warehouseDatabase", defaultValue = "warehouse")
  String warehouseDatabase = "warehouse";

  /**
   * What the generated TypeScript sends through: {@code snippet} (its own transport to the collector) or
   * {@code analytics-next} (typed calls over a {@code @segment/analytics-next} instance the page already has,
   * for teams coming from Typewriter); see docs/typescript-snippet.md.
   */
  @Parameter(property = "eventplan.typescriptTarget", defaultValue = "snippet")
  String typescriptTarget = "snippet";

  /**
   * How a new warehouse lays out {@code events} and the typed tables: {@code none} (plain tables) or {@code month}
   * (partitioned by the month they were received; docs/warehouse.md#month-partitions). Chosen at the first
   * generation: the lock file keeps it, and a different value later fails the build.
   */
  @Parameter(property = "eventplan.warehousePartitioning", defaultValue = "none")
  String warehousePartitioning = "none";

  /** Skip every eventplan goal. */
  @Parameter(property = "eventplan.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("eventplan: skipped (eventplan.skip)");
      return;
    }
    run();
  }

  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Whose outputs this goal makes: the main build's, unless a goal says otherwise. */
  BuildScope scope() {
    return BuildScope.MAIN;
  }

  /** The configured Java output directory, or the scope's default. */
  Path outputDirectory() {
    return configuredOr(outputDirectory, scope().sources());
  }

  /** The configured resource output directory, or the scope's default. */
  Path resourceDirectory() {
    return configuredOr(resourceDirectory, scope().resources());
  }

  /** The configured state file, or the scope's default. */
  Path stateFile() {
    return configuredOr(stateFile, scope().stateFile());
  }

  private Path configuredOr(File configured, String underBuildDirectory) {
    if (configured != null) {
      return configured.toPath();
    }
    return buildDirectory().resolve(underBuildDirectory);
  }

  /** The project's build directory, {@code target/} unless the pom says otherwise. */
  Path buildDirectory() {
    String buildDirectory = project.getBuild().getDirectory();
    return buildDirectory != null ? Path.of(buildDirectory) : project.getBasedir().toPath().resolve("target");
  }

  CodegenRequest request() throws MojoExecutionException {
    try {
      return new CodegenRequest(planFile.toPath(), relativeToProject(planFile.toPath()), outputDirectory(),
          resourceDirectory(), stateFile(), javaPackage, strict, emitters(),
          GeneratorVersion.of(plugin), warehouse, new WarehouseAddress(warehouseServer, warehouseDatabase),
          io.eventplan.codegen.warehouse.Partitioning.of(warehousePartitioning));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("eventplan: invalid configuration: " + e.getMessage(), e);
    }
  }

  /** The outputs to produce: the built-in emitters, the TypeScript one for {@link #typescriptTarget}. */
  List<Emitter> emitters() {
    return EmitterRegistry.defaults(TypeScriptTarget.of(typescriptTarget));
  }

  /** Runs a compiler operation: plan errors fail the build, anything else is an execution error. */
  <T> T compile(CompilerCall<T> call) throws MojoExecutionException, MojoFailureException {
    try {
      return call.run();
    } catch (PlanCompilationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      // File-system messages are often just the path, so the exception's name says what went wrong.
      throw new MojoExecutionException("eventplan: " + e, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoExecutionException("eventplan: " + e.getMessage(), e);
    }
  }

  /** {@code path} relative to the project, with '/' separators, as messages show it. */
  String relativeToProject(Path path) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return base.relativize(absolute).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return absolute.toString();
    }
  }

  /** A compiler operation. */
  @FunctionalInterface
  interface CompilerCall<T> {
    T run() throws PlanCompilationException, IOException;
  }
}
