package io.eventplan.codegen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** Compares committed copies of generated files with what the plan generates now, and refreshes them. */
final class CommittedFiles {
  private CommittedFiles() {}

  /** The copies that are missing or differ, in the order given; compared in memory, nothing is written. */
  static List<StaleFile> check(SortedMap<OutputPath, GeneratedFile> generated, List<CommittedFile> committed)
      throws IOException {
    List<StaleFile> stale = new ArrayList<>();
    for (CommittedFile file : committed) {
      GeneratedFile expected = generated.get(file.generated());
      if (expected == null) {
        stale.add(new StaleFile(file, StaleFile.Problem.NOT_GENERATED));
        continue;
      }
      Optional<byte[]> actual = OutputFiles.read(file.committedCopy());
      if (actual.isEmpty()) {
        stale.add(new StaleFile(file, StaleFile.Problem.MISSING));
      } else if (!Arrays.equals(actual.get(), expected.bytes())) {
        stale.add(new StaleFile(file, StaleFile.Problem.DIFFERENT));
      }
    }
    return stale;
  }

  /**
   * Rewrites every missing or different copy. Returns every stale entry found: those it rewrote, and
   * those it could not because the plan does not generate their file ({@link StaleFile.Problem#NOT_GENERATED}).
   */
  static List<StaleFile> update(SortedMap<OutputPath, GeneratedFile> generated, List<CommittedFile> committed)
      throws IOException {
    List<StaleFile> stale = check(generated, committed);
    for (StaleFile file : stale) {
      if (file.problem() != StaleFile.Problem.NOT_GENERATED) {
        OutputFiles.writeAtomically(file.file().committedCopy(), generated.get(file.file().generated()).bytes());
      }
    }
    return stale;
  }
}
