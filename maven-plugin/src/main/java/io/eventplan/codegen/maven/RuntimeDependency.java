package io.eventplan.codegen.maven;

import java.util.Collection;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The dependency the generated Java is compiled against, {@code io.eventplan:eventplan-runtime}: a project without it
 * gets one clear error naming what to add before javac would report every generated file.
 */
final class RuntimeDependency {
  static final String GROUP_ID = "io.eventplan";
  static final String ARTIFACT_ID = "eventplan-runtime";

  private RuntimeDependency() {}

  /**
   * The runtime among {@code artifacts} (a project's resolved dependencies), at the plugin's version.
   *
   * @return a warning when the runtime's version differs from the plugin's; empty when they match
   * @throws MojoFailureException when the project does not depend on the runtime
   */
  static Optional<String> check(Collection<Artifact> artifacts, String pluginVersion, String scope)
      throws MojoFailureException {
    Optional<Artifact> runtime = artifacts.stream()
        .filter(a -> GROUP_ID.equals(a.getGroupId()) && ARTIFACT_ID.equals(a.getArtifactId()))
        .findFirst();
    if (runtime.isEmpty()) {
      throw new MojoFailureException("eventplan: the generated Java needs " + GROUP_ID + ":" + ARTIFACT_ID + ":"
          + pluginVersion + ", which this project does not depend on. Add it to the project's <dependencies>"
          + (scope.equals("test") ? " with <scope>test</scope>" : "") + ":\n"
          + "    <dependency>\n"
          + "      <groupId>" + GROUP_ID + "</groupId>\n"
          + "      <artifactId>" + ARTIFACT_ID + "</artifactId>\n"
          + "      <version>" + pluginVersion + "</version>\n"
          + (scope.equals("test") ? "      <scope>test</scope>\n" : "")
          + "    </dependency>");
    }
    String version = runtime.get().getBaseVersion();
    if (!pluginVersion.equals(version)) {
      return Optional.of("eventplan: the project depends on " + GROUP_ID + ":" + ARTIFACT_ID + ":" + version
          + " but the plugin is " + pluginVersion + "; use the same version for both, or the generated code may"
          + " not compile");
    }
    return Optional.empty();
  }
}
