package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.naming.Identifiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SQL names of the warehouse, derived from plan names by the same rules as the changelog generator
 * (io.eventplan.codegen.warehouse.SqlNames): snake_case identifiers, one typed table per event and
 * major version ({@code logged_in}, {@code logged_in_v2}), a name over 63 bytes cut and suffixed with
 * 8 hex digits of its SHA-256, and always double-quoted in SQL so that keywords ({@code order},
 * {@code user}) and Unicode names work. TODO(after merge): delegate to SqlNames.
 */
public final class WarehouseNames {
  private static final int HASH_CHARS = 8;

  private WarehouseNames() {}

  /** The typed table of an event: its snake_case name, with {@code _v<N>} from version 2 on. */
  public static String eventTable(EventDef event) {
    String base = Identifiers.snake(event.name());
    return fit(event.version() > 1 ? base + "_v" + event.version() : base);
  }

  /** The column of a property or trait. */
  public static String column(String propertyName) {
    return fit(Identifiers.snake(propertyName));
  }

  /** A quoted SQL identifier: {@code order} -> {@code "order"}, {@code a"b} -> {@code "a""b"}. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** {@code name} when it fits PostgreSQL's 63 bytes; else its longest fitting prefix, '_' and a hash. */
  static String fit(String name) {
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
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
