package io.eventplan.codegen.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The generator version that goes into the incremental fingerprint: the plugin's version, plus the
 * hash of the plugin jar for snapshots, whose code changes while the version does not.
 */
final class GeneratorVersion {
  private GeneratorVersion() {}

  static String of(PluginDescriptor plugin) {
    String version = plugin.getVersion();
    File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    if (!version.endsWith("-SNAPSHOT") || jar == null || !jar.isFile()) {
      return version;
    }
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(jar.toPath()), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
      return version + "+" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (IOException e) {
      // Without the hash a changed snapshot is only noticed after `mvn clean`; still a working build.
      return version;
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
