package io.eventplan.codegen;

import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.plan.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compiles a tracking plan into generated files, without Maven:
 *
 * <ol>
 *   <li>load and check the plan; errors fail with every located diagnostic;
 *   <li>fingerprint the plan's bytes, the configuration and the generator version; when the stored
 *       state has the same fingerprint and every output still has its recorded hash, stop;
 *   <li>run every emitter in memory and reject two outputs for one file;
 *   <li>write the files whose content changed (atomically), delete outputs the plan no longer
 *       produces, and save the new state.
 * </ol>
 */
public final class CodegenCompiler {
  private CodegenCompiler() {}

  /** Generates the request's outputs, writing only what changed. */
  public static CodegenResult compile(CodegenRequest request) throws PlanCompilationException, IOException {
    LoadedPlan loaded = LoadedPlan.load(request);
    // The warehouse step is cheap and must run first: the lock it leaves behind is an input too.
    Optional<WarehouseStep> warehouse = warehouse(request, loaded);
    String inputHash = ContentHash.ofInputs(request, loaded.bytes(),
        warehouse.map(WarehouseStep::lockBytes).orElse(new byte[0]));
    SortedMap<OutputRoot, String> roots = roots(request);
    Optional<BuildState> previous = StateFile.read(request.stateFile());
    if (previous.isPresent() && isUpToDate(previous.get(), inputHash, roots, request)
        && !warehouse.map(WarehouseStep::lockChanged).orElse(false)) {
      return new CodegenResult(true, List.of(), List.copyOf(previous.get().outputs().keySet()), List.of(),
          warnings(request, loaded), List.of());
    }
    SortedMap<OutputPath, GeneratedFile> files = Emission.run(request, context(request, warehouse), loaded.plan());
    warehouse.ifPresent(w -> files.put(OutputPath.of(w.changelog()), w.changelog()));
    SortedMap<OutputPath, String> hashes = new TreeMap<>();
    files.forEach((path, file) -> hashes.put(path, ContentHash.of(file.bytes())));
    BuildState next = new BuildState(inputHash, request.generatorVersion(), roots, hashes);
    // Outputs recorded under other directories are not ours to delete any more.
    BuildState old = previous.filter(state -> state.sameRoots(roots)).orElse(BuildState.empty());
    CodegenResult result = write(request, files, old, next, loaded, warehouseNotes(warehouse));
    if (warehouse.isPresent()) {
      warehouse.get().writeLock();
    }
    return result;
  }

  private static Optional<WarehouseStep> warehouse(CodegenRequest request, LoadedPlan loaded)
      throws PlanCompilationException, IOException {
    return request.warehouse() ? Optional.of(WarehouseStep.run(request, loaded.plan())) : Optional.empty();
  }

  /** The emitters' context: the request's, with the ledger this run leaves behind. */
  private static EmitContext context(CodegenRequest request, Optional<WarehouseStep> warehouse) {
    return request.emitContext().withLock(warehouse.map(WarehouseStep::lock));
  }

  /** What the build log should say about the warehouse: each change, and a written lock. */
  private static List<String> warehouseNotes(Optional<WarehouseStep> warehouse) {
    List<String> notes = new ArrayList<>();
    warehouse.ifPresent(w -> {
      w.changes().forEach(change -> notes.add(change.toString()));
      if (w.lockChanged()) {
        notes.add(w.lockFile().getFileName() + " updated: commit it with the plan");
      }
    });
    return notes;
  }

  /**
   * The committed copies that differ from what the plan generates now (generated in memory; nothing
   * is written). With no committed files, this only proves that the plan compiles.
   */
  public static List<StaleFile> check(CodegenRequest request, List<CommittedFile> committed)
      throws PlanCompilationException, IOException {
    return check(request, committed, List.of());
  }

  /** {@link #check(CodegenRequest, List)} for committed files and committed directories. */
  public static List<StaleFile> check(CodegenRequest request, List<CommittedFile> committed,
      List<CommittedDirectory> directories) throws PlanCompilationException, IOException {
    return CommittedFiles.check(inMemory(request), committed, directories);
  }

  /**
   * Rewrites the committed copies that are missing or differ. Returns every stale entry it found;
   * those of files the plan does not generate ({@link StaleFile.Problem#NOT_GENERATED}) are left alone.
   */
  public static List<StaleFile> update(CodegenRequest request, List<CommittedFile> committed)
      throws PlanCompilationException, IOException {
    return update(request, committed, List.of());
  }

  /**
   * {@link #update(CodegenRequest, List)} for committed files and committed directories; files of a
   * committed directory that the plan no longer generates are deleted.
   */
  public static List<StaleFile> update(CodegenRequest request, List<CommittedFile> committed,
      List<CommittedDirectory> directories) throws PlanCompilationException, IOException {
    return CommittedFiles.update(inMemory(request), committed, directories);
  }

  /** Every output, generated in memory only (the lock file is read, never written). */
  private static SortedMap<OutputPath, GeneratedFile> inMemory(CodegenRequest request)
      throws PlanCompilationException, IOException {
    LoadedPlan loaded = LoadedPlan.load(request);
    Optional<WarehouseStep> warehouse = warehouse(request, loaded);
    SortedMap<OutputPath, GeneratedFile> files = Emission.run(request, context(request, warehouse), loaded.plan());
    warehouse.ifPresent(w -> files.put(OutputPath.of(w.changelog()), w.changelog()));
    return files;
  }

  private static CodegenResult write(CodegenRequest request, SortedMap<OutputPath, GeneratedFile> files,
      BuildState old, BuildState next, LoadedPlan loaded, List<String> notes) throws IOException {
    // If this run stops half-way, the next one sees an unfinished state and knows every file to clean.
    StateFile.write(request.stateFile(), old.inProgressUnion(next));
    List<OutputPath> written = new ArrayList<>();
    List<OutputPath> unchanged = new ArrayList<>();
    for (Map.Entry<OutputPath, GeneratedFile> entry : files.entrySet()) {
      Path target = resolve(request, entry.getKey());
      (OutputFiles.writeIfChanged(target, entry.getValue().bytes()) ? written : unchanged).add(entry.getKey());
    }
    List<OutputPath> deleted = new ArrayList<>();
    for (OutputPath gone : old.outputs().keySet()) {
      if (!files.containsKey(gone)
          && OutputFiles.deleteAndPrune(request.outputDirectory(gone.root()), resolve(request, gone))) {
        deleted.add(gone);
      }
    }
    StateFile.write(request.stateFile(), next);
    return new CodegenResult(false, written, unchanged, deleted, warnings(request, loaded), notes);
  }

  /** The plan's warnings, and with a warehouse those of its report views (e.g. no login event). */
  private static List<Diagnostic> warnings(CodegenRequest request, LoadedPlan loaded) {
    List<Diagnostic> warnings = new ArrayList<>(loaded.warnings());
    if (request.warehouse()) {
      warnings.addAll(ReportViews.warnings(loaded.plan()));
    }
    return warnings;
  }

  private static boolean isUpToDate(
      BuildState state, String inputHash, Map<OutputRoot, String> roots, CodegenRequest request)
      throws IOException {
    if (state.inputHash().isEmpty() || !state.inputHash().equals(inputHash) || !state.sameRoots(roots)) {
      return false;
    }
    for (Map.Entry<OutputPath, String> output : state.outputs().entrySet()) {
      Optional<byte[]> bytes = OutputFiles.read(resolve(request, output.getKey()));
      if (bytes.isEmpty() || !ContentHash.of(bytes.get()).equals(output.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static Path resolve(CodegenRequest request, OutputPath path) {
    return path.resolveAgainst(request.outputDirectory(path.root()));
  }

  /** Output directories relative to the state file, so a moved project stays up to date. */
  private static SortedMap<OutputRoot, String> roots(CodegenRequest request) {
    Path base = request.stateFile().toAbsolutePath().normalize().getParent();
    SortedMap<OutputRoot, String> roots = new TreeMap<>();
    for (OutputRoot root : OutputRoot.values()) {
      Path directory = request.outputDirectory(root).toAbsolutePath().normalize();
      String relative;
      try {
        relative = base.relativize(directory).toString();
      } catch (IllegalArgumentException e) {
        relative = directory.toString(); // another drive on Windows
      }
      roots.put(root, relative.replace('\\', '/'));
    }
    return roots;
  }
}
