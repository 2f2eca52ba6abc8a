package io.eventplan.plan;

import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.check.Diagnostics;
import io.eventplan.plan.check.PlanChecker;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.syntax.SourceText;
import io.eventplan.plan.syntax.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of the model: bytes -> text ({@link SourceText}) -> YAML tree
 * ({@link YamlTreeReader}) -> checked model ({@link PlanChecker}). Never throws for bad input; every
 * problem becomes a located {@link Diagnostic}.
 */
public final class PlanLoader {
  private PlanLoader() {}

  /** Loads and checks {@code path}; {@code displayName} is how locations name the file. */
  public static LoadResult load(Path path, String displayName, CheckOptions options) {
    try {
      if (Files.size(path) > SourceText.MAX_BYTES) {
        // Refuse before reading: a huge file must not be pulled into memory.
        return tooLarge(displayName, Files.size(path));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return load(displayName, in.readAllBytes(), options);
      }
    } catch (NoSuchFileException e) {
      return failure(DiagnosticCode.FILE_EMPTY, displayName,
          "the plan file does not exist; create it (see docs/tracking-plan-format.md) or point planFile at it.");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the plan " + path, e);
    }
  }

  public static LoadResult load(Path path, CheckOptions options) {
    return load(path, path.toString(), options);
  }

  /** Loads and checks a plan held in memory. */
  public static LoadResult load(String displayName, byte[] bytes, CheckOptions options) {
    SourceText.Decoded decoded = SourceText.decode(displayName, bytes);
    if (decoded.text() == null) {
      return new LoadResult(Optional.empty(), decoded.diagnostics());
    }
    YamlTreeReader.Result tree = YamlTreeReader.read(displayName, decoded.text());
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(tree.diagnostics());
    Optional<TrackingPlan> plan =
        tree.root().flatMap(root -> new PlanChecker(displayName, options, diagnostics).check(root));
    return new LoadResult(diagnostics.hasErrors() ? Optional.empty() : plan, diagnostics.sorted());
  }

  private static LoadResult tooLarge(String displayName, long size) {
    return new LoadResult(Optional.empty(),
        List.of(new Diagnostic(Severity.ERROR, DiagnosticCode.FILE_TOO_LARGE, Location.ofFile(displayName),
            String.format(java.util.Locale.ROOT,
                "the file is %.1f MiB; a tracking plan may be at most %d MiB. Check that this is the right file.",
                size / (1024.0 * 1024.0), SourceText.MAX_BYTES / (1024 * 1024)))));
  }

  private static LoadResult failure(DiagnosticCode code, String displayName, String message) {
    return new LoadResult(Optional.empty(),
        List.of(new Diagnostic(Severity.ERROR, code, Location.ofFile(displayName), message)));
  }
}
