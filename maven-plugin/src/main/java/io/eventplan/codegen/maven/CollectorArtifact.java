package io.eventplan.codegen.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The runnable collector, {@code io.eventplan:eventplan-collector:<version>:jar:all}, resolved when a goal needs it
 * (from the local repository, else the project's repositories) rather than being a dependency of the plugin: the
 * collector's own build uses the plugin, so the plugin cannot be built against it.
 */
final class CollectorArtifact {
  static final String GROUP_ID = "io.eventplan";
  static final String ARTIFACT_ID = "eventplan-collector";
  static final String CLASSIFIER = "all";

  private CollectorArtifact() {}

  /** The coordinates of the runnable collector of {@code version}, as Maven writes them. */
  static String coordinates(String version) {
    return GROUP_ID + ":" + ARTIFACT_ID + ":jar:" + CLASSIFIER + ":" + version;
  }

  static Path resolve(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
      String version) throws MojoExecutionException {
    ArtifactRequest request = new ArtifactRequest(
        new DefaultArtifact(GROUP_ID, ARTIFACT_ID, CLASSIFIER, "jar", version), repositories, null);
    try {
      return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("eventplan: the collector " + coordinates(version) + " could not be resolved ("
          + e.getMessage() + "). It comes from the same repository as the plugin; check that the repository is"
          + " reachable (or not offline), or name a collector jar with -Deventplan.collectorJar=path/to/"
          + ARTIFACT_ID + "-" + version + "-" + CLASSIFIER + ".jar", e);
    }
  }
}
