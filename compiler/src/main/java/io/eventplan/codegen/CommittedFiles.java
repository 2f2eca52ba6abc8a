package io.eventplan.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

/** Compares committed copies of generated files with what the plan generates now, and refreshes them. */
final class CommittedFiles {
  private CommittedFiles() {}

  /**
   * The copies that are missing or differ, in the order given, then the files of committed
   * directories that the plan no longer generates; compared in memory, nothing is written.
   */
  static List<StaleFile> check(SortedMap<OutputPath, GeneratedFile> generated, List<CommittedFile> committed,
      List<CommittedDirectory> directories) throws IOException {
    List<CommittedFile> all = new ArrayList<>(committed);
    List<StaleFile> extra = new ArrayList<>();
    for (CommittedDirectory directory : directories) {
      expand(generated, directory, all, extra);
    }
    List<StaleFile> stale = check(generated, all);
    stale.addAll(extra);
    return stale;
  }

  /** Adds a committed file per generated file under the directory's prefix, and a stale entry per leftover copy. */
  private static void expand(SortedMap<OutputPath, GeneratedFile> generated, CommittedDirectory directory,
      List<CommittedFile> files, List<StaleFile> leftovers) throws IOException {
    List<Path> expected = new ArrayList<>();
    for (OutputPath path : generated.keySet()) {
      if (path.root() == directory.root() && path.path().startsWith(directory.prefix())) {
        Path copy = directory.directory().resolve(path.path().substring(directory.prefix().length()));
        files.add(new CommittedFile(path, copy));
        expected.add(copy.toAbsolutePath().normalize());
      }
    }
    if (!Files.isDirectory(directory.directory())) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory.directory())) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (!expected.contains(file.toAbsolutePath().normalize())) {
          String relative = directory.directory().relativize(file).toString().replace('\\', '/');
          OutputPath path = new OutputPath(directory.root(), directory.prefix() + relative);
          leftovers.add(new StaleFile(new CommittedFile(path, file), StaleFile.Problem.NO_LONGER_GENERATED));
        }
      }
    }
  }

  private static List<StaleFile> check(SortedMap<OutputPath, GeneratedFile> generated, List<CommittedFile> committed)
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
  static List<StaleFile> update(SortedMap<OutputPath, GeneratedFile> generated, List<CommittedFile> committed,
      List<CommittedDirectory> directories) throws IOException {
    List<StaleFile> stale = check(generated, committed, directories);
    for (StaleFile file : stale) {
      if (file.problem() == StaleFile.Problem.NO_LONGER_GENERATED) {
        Files.deleteIfExists(file.file().committedCopy());
      } else if (file.problem() != StaleFile.Problem.NOT_GENERATED) {
        OutputFiles.writeAtomically(file.file().committedCopy(), generated.get(file.file().generated()).bytes());
      }
    }
    return stale;
  }
}
