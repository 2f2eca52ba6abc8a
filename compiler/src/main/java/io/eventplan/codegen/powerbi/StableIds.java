package io.eventplan.codegen.powerbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Ids that Power BI wants (page and visual names, lineage tags) derived from names by hashing, so
 * that every build writes the same ids and a regenerated project diffs cleanly.
 */
final class StableIds {
  private StableIds() {}

  /** A 20-digit hex id like the ones Power BI Desktop gives pages and visuals. */
  static String hex(String kind, String name) {
    return HexFormat.of().formatHex(sha256(kind + "\u0000" + name)).substring(0, 20);
  }

  /** A name-based UUID (version 3) for a TMDL {@code lineageTag}. */
  static String lineageTag(String kind, String name) {
    return UUID.nameUUIDFromBytes((kind + "\u0000" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
