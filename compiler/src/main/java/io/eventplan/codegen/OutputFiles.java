package io.eventplan.codegen;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/** File operations of the compiler: atomic writes that skip equal content, and tidy deletes. */
final class OutputFiles {
  private OutputFiles() {}

  /** The file's bytes, or empty when it does not exist. */
  static Optional<byte[]> read(Path file) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes {@code content} to {@code file} unless it already holds exactly these bytes, so that
   * unchanged files keep their timestamps. Returns whether the file was written.
   */
  static boolean writeIfChanged(Path file, byte[] content) throws IOException {
    Optional<byte[]> current = read(file);
    if (current.isPresent() && Arrays.equals(current.get(), content)) {
      return false;
    }
    writeAtomically(file, content);
    return true;
  }

  /** Writes a temporary file next to {@code file} and moves it over, so readers never see half a file. */
  static void writeAtomically(Path file, byte[] content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
    try {
      Files.write(temporary, content);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Deletes {@code file}, then every folder above it that became empty, up to (not including)
   * {@code root}: a removed event leaves no empty package folders behind. Returns whether the file
   * existed.
   */
  static boolean deleteAndPrune(Path root, Path file) throws IOException {
    boolean existed = Files.deleteIfExists(file);
    Path stop = root.toAbsolutePath().normalize();
    for (Path folder = file.toAbsolutePath().normalize().getParent();
        folder != null && folder.startsWith(stop) && !folder.equals(stop);
        folder = folder.getParent()) {
      try {
        Files.deleteIfExists(folder);
      } catch (DirectoryNotEmptyException e) {
        break;
      }
    }
    return existed;
  }
}
