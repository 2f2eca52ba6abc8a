package io.eventplan.codegen;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.eventplan.codegen.warehouse.Partitioning;
import javax.lang.model.SourceVersion;

/**
 * Everything one compilation needs, immutable; the Maven goals only translate their parameters into
 * this record.
 *
 * @param planFile the tracking plan to compile
 * @param planDisplayName how diagnostics name the plan, e.g. {@code tracking-plan.yaml} (relative to
 *     the project, so that messages and outputs do not depend on where the project lives)
 * @param javaOutputDirectory root of generated Java sources ({@link OutputRoot#JAVA_SOURCES})
 * @param resourceOutputDirectory root of other generated files ({@link OutputRoot#RESOURCES})
 * @param stateFile where the incremental state is kept, e.g. {@code target/eventplan/state.json}
 * @param javaPackage the package of generated Java code
 * @param strict when true, naming-convention warnings are errors
 * @param emitters the outputs to produce, in a fixed order
 * @param generatorVersion the version of the generator; a new version regenerates everything
 * @param warehouse when true, also generate the warehouse changelog and keep the lock file beside the plan
 * @param warehouseAddress the warehouse's server and database, written into the Power BI files
 * @param partitioning how a new warehouse lays out events and the typed tables; fixed after the first generation
 */
public record CodegenRequest(
    Path planFile,
    String planDisplayName,
    Path javaOutputDirectory,
    Path resourceOutputDirectory,
    Path stateFile,
    String javaPackage,
    boolean strict,
    List<Emitter> emitters,
    String generatorVersion,
    boolean warehouse,
    WarehouseAddress warehouseAddress,
    Partitioning partitioning) {

  /** A request for plain (unpartitioned) tables. */
  public CodegenRequest(Path planFile, String planDisplayName, Path javaOutputDirectory,
      Path resourceOutputDirectory, Path stateFile, String javaPackage, boolean strict,
      List<Emitter> emitters, String generatorVersion, boolean warehouse, WarehouseAddress warehouseAddress) {
    this(planFile, planDisplayName, javaOutputDirectory, resourceOutputDirectory, stateFile, javaPackage,
        strict, emitters, generatorVersion, warehouse, warehouseAddress, Partitioning.NONE);
  }

  /** A request for the default warehouse address ({@link WarehouseAddress#DEFAULT}). */
  public CodegenRequest(Path planFile, String planDisplayName, Path javaOutputDirectory,
      Path resourceOutputDirectory, Path stateFile, String javaPackage, boolean strict,
      List<Emitter> emitters, String generatorVersion, boolean warehouse) {
    this(planFile, planDisplayName, javaOutputDirectory, resourceOutputDirectory, stateFile, javaPackage,
        strict, emitters, generatorVersion, warehouse, WarehouseAddress.DEFAULT);
  }

  /** A request without the warehouse step (no lock file is read or written). */
  public CodegenRequest(Path planFile, String planDisplayName, Path javaOutputDirectory,
      Path resourceOutputDirectory, Path stateFile, String javaPackage, boolean strict,
      List<Emitter> emitters, String generatorVersion) {
    this(planFile, planDisplayName, javaOutputDirectory, resourceOutputDirectory, stateFile, javaPackage,
        strict, emitters, generatorVersion, false, WarehouseAddress.DEFAULT);
  }

  public CodegenRequest {
    require(planFile, "planFile");
    require(planDisplayName, "planDisplayName");
    require(javaOutputDirectory, "javaOutputDirectory");
    require(resourceOutputDirectory, "resourceOutputDirectory");
    require(stateFile, "stateFile");
    require(javaPackage, "javaPackage");
    require(emitters, "emitters");
    require(generatorVersion, "generatorVersion");
    require(warehouseAddress, "warehouseAddress");
    require(partitioning, "partitioning");
    if (!SourceVersion.isName(javaPackage)) {
      throw new IllegalArgumentException("javaPackage '" + javaPackage
          + "' is not a valid Java package name (dot-separated identifiers, no keywords)");
    }
    emitters = List.copyOf(emitters);
    Set<String> ids = new HashSet<>();
    for (Emitter emitter : emitters) {
      if (!ids.add(emitter.id())) {
        throw new IllegalArgumentException("two emitters share the id '" + emitter.id() + "'");
      }
    }
  }

  /** The directory files of {@code root} are written to. */
  public Path outputDirectory(OutputRoot root) {
    switch (root) {
      case JAVA_SOURCES:
        return javaOutputDirectory;
      case RESOURCES:
        return resourceOutputDirectory;
      default:
        throw new IllegalArgumentException("unknown output root " + root);
    }
  }

  /** The context handed to every emitter: headers name the plan by its file name only. */
  public EmitContext emitContext() {
    return new EmitContext(javaPackage, planFile.getFileName().toString(), warehouseAddress, java.util.Optional.empty(),
        partitioning);
  }

  /** The emitters' ids, in order. */
  public List<String> emitterIds() {
    return emitters.stream().map(Emitter::id).toList();
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
