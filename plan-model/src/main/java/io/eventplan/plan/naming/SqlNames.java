package io.eventplan.plan.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SQL identifiers of the warehouse, derived from plan names: the one set of rules that both the
 * changelog generator (which creates the tables) and the collector (which inserts into them) use.
 * Tables and columns are the snake_case of the name ({@link Identifiers#snake}), so they never start
 * with '_' or contain "__"; one typed table per event and major version ({@code logged_in},
 * {@code logged_in_v2}); every identifier is double-quoted in SQL, so keywords such as {@code order},
 * {@code user} or {@code select} and Unicode names work. A name longer than PostgreSQL's 63 bytes is
 * cut and given a hash of the full name, so it stays unique and deterministic.
 */
public final class SqlNames {
  private static final int HASH_CHARS = 8;

  private SqlNames() {}

  /** {@code "order"}; an embedded {@code "} is doubled. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The typed table of an event version: {@code logged_in}, and {@code logged_in_v2} from version 2 on. */
  public static String table(String eventName, int version) {
    String base = Identifiers.snake(eventName);
    return fit(version > 1 ? base + "_v" + version : base);
  }

  /** The column of a property or trait: {@code signup_method}. */
  public static String column(String propertyName) {
    return fit(Identifiers.snake(propertyName));
  }

  /**
   * {@code name} itself when it fits in 63 bytes of UTF-8; otherwise its longest prefix that leaves
   * room for {@code _} and 8 hex digits of the SHA-256 of the whole name. Never splits a character.
   */
  public static String fit(String name) {
    if (Identifiers.sqlByteLength(name) <= Identifiers.MAX_SQL_IDENTIFIER_BYTES) {
      return name;
    }
    int budget = Identifiers.MAX_SQL_IDENTIFIER_BYTES - 1 - HASH_CHARS;
    StringBuilder prefix = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      prefix.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return prefix + "_" + sha256(name).substring(0, HASH_CHARS);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
