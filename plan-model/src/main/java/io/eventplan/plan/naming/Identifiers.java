package io.eventplan.plan.naming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps plan names (free text such as {@code Logged In} or {@code userId}) to identifier words. The
 * same words feed snake_case (SQL tables and columns), PascalCase (Java and TypeScript types) and
 * camelCase (members); emitters add their own keyword escaping on top.
 */
public final class Identifiers {

  /** PostgreSQL truncates identifiers longer than this many bytes. */
  public static final int MAX_SQL_IDENTIFIER_BYTES = 63;

  private Identifiers() {}

  /**
   * Splits a name into lower-case words: at every character that is not a letter or digit, and at
   * camelCase boundaries ({@code userId} -> user, id; {@code HTTPStatus} -> http, status).
   */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] cps = name.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (!Character.isLetterOrDigit(cp)) {
        flush(current, words);
        continue;
      }
      if (current.length() > 0 && startsNewWord(cps, i)) {
        flush(current, words);
      }
      current.appendCodePoint(cp);
    }
    flush(current, words);
    return words;
  }

  private static boolean startsNewWord(int[] cps, int i) {
    int prev = cps[i - 1];
    int cp = cps[i];
    if (Character.isUpperCase(cp) && Character.isLowerCase(prev)) {
      return true; // userId
    }
    if (Character.isUpperCase(cp)
        && Character.isUpperCase(prev)
        && i + 1 < cps.length
        && Character.isLowerCase(cps[i + 1])) {
      return true; // HTTPStatus -> HTTP, Status
    }
    return Character.isDigit(cp) != Character.isDigit(prev) && Character.isUpperCase(cp);
  }

  private static void flush(StringBuilder current, List<String> words) {
    if (current.length() > 0) {
      words.add(current.toString().toLowerCase(Locale.ROOT));
      current.setLength(0);
    }
  }

  /** {@code Logged In} -> {@code logged_in}; empty when the name has no letters or digits. */
  public static String snake(String name) {
    return String.join("_", words(name));
  }

  /** {@code Logged In} -> {@code LoggedIn}. */
  public static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(capitalize(word));
    }
    return out.toString();
  }

  /** {@code Logged In} -> {@code loggedIn}. */
  public static String camel(String name) {
    List<String> words = words(name);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      out.append(i == 0 ? words.get(i) : capitalize(words.get(i)));
    }
    return out.toString();
  }

  /** The length PostgreSQL sees: bytes of UTF-8. */
  public static int sqlByteLength(String identifier) {
    return identifier.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String capitalize(String word) {
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(word.substring(Character.charCount(first)))
        .toString();
  }
}
