package io.eventplan.codegen.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The generator version that goes into the incremental fingerprint: the plugin's version, plus the
 * hash of the plugin's code and of its eventplan dependencies (the compiler, where the generators are) for
 * snapshots, whose code changes while the version does not. In a
 * reactor build stopped before {@code package} the plugin is a classes directory: its files are
 * hashed then, in path order.
 */
final class GeneratorVersion {
  private GeneratorVersion() {}

  static String of(PluginDescriptor plugin) {
    String version = plugin.getVersion();
    File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    if (!version.endsWith("-SNAPSHOT") || jar == null || !(jar.isFile() || jar.isDirectory())) {
      return version;
    }
    MessageDigest digest = sha256();
    try {
      digest(jar, digest);
      // the generators themselves live in eventplan-compiler (and plan-model): their snapshots change too
      if (plugin.getArtifacts() != null) {
        for (org.apache.maven.artifact.Artifact artifact : plugin.getArtifacts()) {
          File file = artifact.getFile();
          if ("io.eventplan".equals(artifact.getGroupId()) && artifact.isSnapshot() && file != null
              && (file.isFile() || file.isDirectory())) {
            digest.update(artifact.getArtifactId().getBytes(StandardCharsets.UTF_8));
            digest(file, digest);
          }
        }
      }
      return version + "+" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (IOException | UncheckedIOException e) {
      // Without the hash a changed snapshot is only noticed after `mvn clean`; still a working build.
      return version;
    }
  }

  private static void digest(File jarOrDirectory, MessageDigest digest) throws IOException {
    if (jarOrDirectory.isFile()) {
      digestFile(jarOrDirectory.toPath(), digest);
    } else {
      digestDirectory(jarOrDirectory.toPath(), digest);
    }
  }

  private static void digestDirectory(Path root, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      digestFile(file, digest);
    }
  }

  private static void digestFile(Path file, MessageDigest digest) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
