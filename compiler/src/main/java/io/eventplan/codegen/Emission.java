package io.eventplan.codegen;

import io.eventplan.plan.model.TrackingPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Runs every emitter of a request in memory and makes sure no two outputs land on the same file. */
final class Emission {
  private Emission() {}

  /** Every generated file by output path, in path order. */
  static SortedMap<OutputPath, GeneratedFile> run(CodegenRequest request, EmitContext context, TrackingPlan plan) {
    SortedMap<OutputPath, GeneratedFile> files = new TreeMap<>();
    // Paths that differ only in case clash on macOS and Windows file systems, so they count as equal.
    Map<String, String> owners = new HashMap<>();
    for (Emitter emitter : request.emitters()) {
      List<GeneratedFile> emitted = emitter.emit(plan, context);
      if (emitted == null) {
        throw new IllegalStateException("emitter '" + emitter.id() + "' returned no list of files");
      }
      for (GeneratedFile file : emitted) {
        OutputPath path = OutputPath.of(file);
        String owner = owners.putIfAbsent(path.caseInsensitiveKey(), emitter.id() + " (" + path + ")");
        if (owner != null) {
          throw new IllegalStateException("two generated files would be written to the same place: "
              + owner + " and " + emitter.id() + " (" + path + ")");
        }
        files.put(path, file);
      }
    }
    return files;
  }
}
