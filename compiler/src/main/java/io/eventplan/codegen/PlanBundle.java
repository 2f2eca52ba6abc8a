package io.eventplan.codegen;

import io.eventplan.runtime.EventPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A plan bundle: one jar with exactly one generated plan, ready to sit beside the collector
 * ({@code EVENTPLAN_PLAN_BUNDLE}): the classes compiled from the generated Java sources, the generated resources the
 * plan runs with (the {@value EventPlan#SERVICE_FILE} service file, the warehouse changelog and the JSON Schemas; not
 * the snippet, catalog or Power BI files) and the plan file itself, under {@value #PLAN_FOLDER}. It is made from what the last compilation recorded in its state file, so a project's
 * other classes never get in. The jar's bytes depend only on its contents: entries are sorted and dated
 * {@link #ENTRY_TIME}.
 */
public final class PlanBundle {
  /** The classifier of the attached bundle: {@code <artifactId>-<version>-eventplan.jar}. */
  public static final String CLASSIFIER = "eventplan";
  /** Where the plan file goes in the bundle. */
  public static final String PLAN_FOLDER = "eventplan/plan/";
  /** The time of every entry, so that equal contents give equal jars (as reproducible builds date them). */
  static final FileTime ENTRY_TIME = FileTime.fromMillis(1_262_304_000_000L); // 2010-01-01T00:00:00Z
  /** The generated resources a bundle carries, by the start of their path. */
  private static final List<String> RESOURCES = List.of("META-INF/services/", "eventplan/db/", "eventplan/schemas/");

  private PlanBundle() {}

  /**
   * Writes the bundle of {@code request}'s last compilation to {@code jar}.
   *
   * @param classesDirectory where the generated sources were compiled to, e.g. target/classes
   * @return the entries written, in order
   * @throws IllegalStateException when the plan was not generated or not compiled yet, saying what to run
   */
  public static List<String> write(CodegenRequest request, Path classesDirectory, Path jar) throws IOException {
    SortedMap<String, Path> entries = entries(request, classesDirectory);
    Files.createDirectories(jar.toAbsolutePath().getParent());
    Path temporary = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
    try (OutputStream file = Files.newOutputStream(temporary); JarOutputStream out = new JarOutputStream(file)) {
      JarEntry manifest = new JarEntry(JarFile.MANIFEST_NAME);
      manifest.setLastModifiedTime(ENTRY_TIME);
      out.putNextEntry(manifest);
      manifest(request).write(out);
      out.closeEntry();
      for (Map.Entry<String, Path> entry : entries.entrySet()) {
        JarEntry jarEntry = new JarEntry(entry.getKey());
        jarEntry.setLastModifiedTime(ENTRY_TIME);
        out.putNextEntry(jarEntry);
        Files.copy(entry.getValue(), out);
        out.closeEntry();
      }
    }
    Files.move(temporary, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return List.copyOf(entries.keySet());
  }

  /** Every entry of the bundle, by name, with the file it comes from. */
  static SortedMap<String, Path> entries(CodegenRequest request, Path classesDirectory) throws IOException {
    Optional<BuildState> state = StateFile.read(request.stateFile());
    if (state.isEmpty() || state.get().inputHash().isEmpty()) {
      throw new IllegalStateException("the plan " + request.planDisplayName() + " has not been generated (no "
          + request.stateFile() + "): run the generate goal first, e.g. mvn package");
    }
    SortedMap<String, Path> entries = new TreeMap<>();
    for (OutputPath output : state.get().outputs().keySet()) {
      if (output.root() == OutputRoot.RESOURCES) {
        if (RESOURCES.stream().noneMatch(output.path()::startsWith)) {
          continue;
        }
        entries.put(output.path(), output.resolveAgainst(request.resourceOutputDirectory()));
      } else if (output.path().endsWith(".java")) {
        addClasses(entries, classesDirectory, output.path().substring(0, output.path().length() - ".java".length()));
      }
    }
    entries.put(PLAN_FOLDER + request.planFile().getFileName(), request.planFile());
    for (Map.Entry<String, Path> entry : entries.entrySet()) {
      if (!Files.isRegularFile(entry.getValue())) {
        throw new IllegalStateException(entry.getValue() + " is missing: run the generate goal again");
      }
    }
    return entries;
  }

  /** {@code Name.class} and its nested classes {@code Name$*.class}. */
  private static void addClasses(SortedMap<String, Path> entries, Path classesDirectory, String sourcePath)
      throws IOException {
    Path main = classesDirectory.resolve(sourcePath + ".class");
    if (!Files.isRegularFile(main)) {
      throw new IllegalStateException(main + " is missing: the generated sources have not been compiled to "
          + classesDirectory + "; run the bundle goal after compile (its default phase is package)");
    }
    entries.put(sourcePath + ".class", main);
    String nestedPrefix = main.getFileName().toString().replace(".class", "$");
    List<Path> nested = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(main.getParent())) {
      siblings.filter(p -> p.getFileName().toString().startsWith(nestedPrefix)).forEach(nested::add);
    }
    String folder = sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1) : "";
    for (Path path : nested) {
      entries.put(folder + path.getFileName(), path);
    }
  }

  private static Manifest manifest(CodegenRequest request) {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.putValue("Created-By", "eventplan " + request.generatorVersion());
    attributes.putValue("Eventplan-Plan", request.planDisplayName());
    return manifest;
  }
}
