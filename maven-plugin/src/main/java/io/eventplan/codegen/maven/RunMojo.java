package io.eventplan.codegen.maven;

import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.PlanBundle;
import io.eventplan.codegen.sample.TrackCallExample;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Goal {@code run}: the dev loop. Builds the project up to {@code process-classes} (so the plan is generated and
 * compiled), packs the plan into {@code target/eventplan/run/}, and runs the collector of the plugin's own version
 * ({@code io.eventplan:eventplan-collector:<version>:jar:all}) with it in the foreground, on an embedded PostgreSQL 17
 * under {@code target/} unless a database is given. Prints where to send once ready; Ctrl-C stops the collector and
 * its database. Configure the plan at plugin level (not inside an execution), so that this goal sees it too.
 */
@Mojo(name = "run", requiresProject = true, threadSafe = false)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractEventplanMojo {

  /** The collector's HTTP port. */
  @Parameter(property = "eventplan.port", defaultValue = "8080")
  int port = 8080;

  /** Write keys the collector accepts, comma-separated; the first is printed. */
  @Parameter(property = "eventplan.writeKeys", defaultValue = "dev-write-key")
  String writeKeys = "dev-write-key";

  /** Browser origins allowed to send (CORS), comma-separated, e.g. {@code http://localhost:3000}; none by default. */
  @Parameter(property = "eventplan.allowedOrigins", defaultValue = "")
  String allowedOrigins = "";

  /** Keys (HTTP Basic passwords) that may read the report at /report, comma-separated; empty turns it off. */
  @Parameter(property = "eventplan.reportKeys", defaultValue = "dev-report-key")
  String reportKeys = "dev-report-key";

  /** An external PostgreSQL, {@code jdbc:postgresql://host:5432/db}; without it an embedded PostgreSQL 17 runs. */
  @Parameter(property = "eventplan.dbUrl")
  String dbUrl;

  /** The user of {@code dbUrl}. */
  @Parameter(property = "eventplan.dbUser")
  String dbUser;

  /** The password of {@code dbUrl}. */
  @Parameter(property = "eventplan.dbPassword")
  String dbPassword;

  /** Where the embedded PostgreSQL keeps its data; it survives runs until {@code mvn clean}. */
  @Parameter(property = "eventplan.dataDirectory", defaultValue = "${project.build.directory}/eventplan/pgdata")
  File dataDirectory;

  /** The embedded PostgreSQL's port (on localhost). */
  @Parameter(property = "eventplan.embeddedDbPort", defaultValue = "5433")
  int embeddedDbPort = 5433;

  /** A collector jar to run instead of resolving {@code eventplan-collector:<plugin version>:jar:all}. */
  @Parameter(property = "eventplan.collectorJar")
  File collectorJar;

  /** How long, in seconds, the collector may take to become ready (the first start unpacks PostgreSQL). */
  @Parameter(property = "eventplan.readyTimeout", defaultValue = "180")
  int readyTimeout = 180;

  /** Where the generated sources were compiled to. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  File classesDirectory;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
  List<RemoteRepository> remoteRepositories;

  @Component
  RepositorySystem repositorySystem;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Path bundle = buildDirectory().resolve("eventplan/run/" + PlanBundle.CLASSIFIER + "-plan.jar");
    CodegenRequest request = request();
    if (!Files.isRegularFile(request.stateFile())) {
      throw new MojoFailureException("eventplan: no generated plan at " + relativeToProject(request.stateFile())
          + " after building the project. eventplan:run needs the generate goal bound in this project's pom, with"
          + " its <configuration> (planFile, javaPackage...) at plugin level rather than inside an <execution>, so"
          + " that run sees the same plan (docs/maven-plugin.md)");
    }
    compile(() -> PlanBundle.write(request, classesDirectory.toPath(), bundle));
    Path collector = collectorJar != null ? collectorJar.toPath()
        : CollectorArtifact.resolve(repositorySystem, repositorySession, remoteRepositories, plugin.getVersion());
    CollectorEnvironment env = new CollectorEnvironment(port, list(writeKeys), list(allowedOrigins),
        list(reportKeys), database(), dataDirectory.toPath().toAbsolutePath(), embeddedDbPort, bundle);
    // generate has just checked the plan: loading it again cannot fail but on a file changed in between
    TrackingPlan plan = PlanLoader.load(planFile.toPath(), relativeToProject(planFile.toPath()), CheckOptions.DEFAULT)
        .plan().orElseThrow(() -> new MojoFailureException("eventplan: " + relativeToProject(planFile.toPath())
            + " changed while the collector was being prepared; run eventplan:run again"));
    getLog().info("eventplan: starting the collector " + collector.getFileName() + " for plan '"
        + plan.info().name() + "' v" + plan.info().version() + " on " + env.url());
    ForegroundCollector running = ForegroundCollector.start(collector, env, project.getBasedir().toPath());
    try {
      running.awaitReady(env.url(), Duration.ofSeconds(readyTimeout));
      RunBanner.lines(plan.info().name(), plan.info().version(), env, TrackCallExample.of(plan),
          relativeToProject(env.dataDirectory())).forEach(getLog()::info);
      running.awaitEnd();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.stop();
      throw new MojoExecutionException("eventplan: interrupted; the collector was stopped", e);
    }
    getLog().info("eventplan: the collector has stopped");
  }

  private Optional<CollectorEnvironment.Database> database() {
    if (dbUrl == null || dbUrl.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new CollectorEnvironment.Database(dbUrl.trim(), Optional.ofNullable(dbUser)
        .filter(u -> !u.isBlank()), Optional.ofNullable(dbPassword)));
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
