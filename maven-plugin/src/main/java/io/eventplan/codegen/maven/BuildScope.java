package io.eventplan.codegen.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The part of a build the generated files belong to: their default locations under the build
 * directory, and the source and resource roots they are registered in.
 */
enum BuildScope {
  /** {@code generate}: compiled and packaged with the project. */
  MAIN("generated-sources/eventplan", "generated-resources/eventplan", "eventplan/state.json") {
    @Override
    void register(MavenProject project, Path sources, Path resources) {
      project.addCompileSourceRoot(sources.toString());
      if (!contains(project.getResources(), project, resources)) {
        project.addResource(resource(resources));
      }
    }
  },
  /** {@code generate-test}: on the test class path only. */
  TEST("generated-test-sources/eventplan", "generated-test-resources/eventplan", "eventplan/test-state.json") {
    @Override
    void register(MavenProject project, Path sources, Path resources) {
      project.addTestCompileSourceRoot(sources.toString());
      if (!contains(project.getTestResources(), project, resources)) {
        project.addTestResource(resource(resources));
      }
    }
  };

  private final String sources;
  private final String resources;
  private final String stateFile;

  BuildScope(String sources, String resources, String stateFile) {
    this.sources = sources;
    this.resources = resources;
    this.stateFile = stateFile;
  }

  /** The default Java output directory, relative to the build directory. */
  String sources() {
    return sources;
  }

  /** The default resource output directory, relative to the build directory. */
  String resources() {
    return resources;
  }

  /** The default state file, relative to the build directory. */
  String stateFile() {
    return stateFile;
  }

  /** Adds the output directories to the project's roots, each at most once. */
  abstract void register(MavenProject project, Path sources, Path resources);

  private static boolean contains(List<Resource> registered, MavenProject project, Path directory) {
    Path wanted = normalized(project, directory.toString());
    return registered.stream()
        .anyMatch(resource -> resource.getDirectory() != null && normalized(project, resource.getDirectory()).equals(wanted));
  }

  private static Resource resource(Path directory) {
    Resource resource = new Resource();
    resource.setDirectory(directory.toString());
    return resource;
  }

  private static Path normalized(MavenProject project, String directory) {
    return project.getBasedir().toPath().resolve(directory).toAbsolutePath().normalize();
  }
}
