package io.eventplan.codegen.warehouse;

import java.util.Optional;

/**
 * Translates a plan {@code pattern} (a regular expression that means the same in Java and
 * ECMAScript, matched anywhere in the value) into a PostgreSQL advanced regular expression for
 * {@code ~} that accepts exactly the same strings as {@code java.util.regex.Pattern.find()}.
 *
 * <p>Only a safe subset is translated: literals, {@code .}, {@code ^}, {@code $}, groups,
 * alternation, greedy and lazy quantifiers with counts up to 255, character classes with ranges,
 * and the escapes {@code \d \D \w \W \s \S \t \n \r \f} and escaped punctuation. Anything else
 * (backreferences, lookaround, word boundaries, Unicode properties, hex escapes...) gives no
 * translation, and the pattern is then enforced by the collector only. Java's meanings are kept
 * where PostgreSQL differs: {@code \d \w \s} are ASCII-only, {@code .} excludes Java's line
 * terminators, and {@code $} also matches before a final line terminator.
 */
public final class PosixPattern {

  /** PostgreSQL's RE_DUP_MAX: larger repetition counts are an error there. */
  private static final int MAX_COUNT = 255;

  private static final String DOT = "[^\\n\\r\\u0085\\u2028\\u2029]";
  private static final String DOLLAR = "(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)";
  private static final String DIGIT = "0-9";
  private static final String WORD = "0-9A-Za-z_";
  private static final String SPACE = " \\t\\n\\v\\f\\r";

  private final String regex;
  private final StringBuilder out = new StringBuilder();
  private int pos;
  private int depth;

  private PosixPattern(String regex) {
    this.regex = regex;
  }

  /** The PostgreSQL expression, or empty when the pattern uses a feature outside the safe subset. */
  public static Optional<String> translate(String regex) {
    PosixPattern p = new PosixPattern(regex);
    try {
      p.sequence();
      return Optional.of(p.out.toString());
    } catch (Untranslatable e) {
      return Optional.empty();
    }
  }

  private void sequence() {
    boolean quantifiable = false;
    while (pos < regex.length() && !(depth > 0 && regex.charAt(pos) == ')')) {
      int cp = regex.codePointAt(pos);
      pos += Character.charCount(cp);
      switch (cp) {
        case '\\' -> {
          escape();
          quantifiable = true;
        }
        case '.' -> {
          out.append(DOT);
          quantifiable = true;
        }
        case '^' -> {
          out.append('^');
          quantifiable = false;
        }
        case '$' -> {
          out.append(DOLLAR);
          quantifiable = false;
        }
        case '(' -> {
          group();
          quantifiable = true;
        }
        case ')' -> throw new Untranslatable(); // unbalanced: the checker lets no such pattern through
        case '|' -> {
          out.append('|');
          quantifiable = false;
        }
        case '[' -> {
          characterClass();
          quantifiable = true;
        }
        case '*', '+', '?', '{' -> {
          if (!quantifiable) {
            throw new Untranslatable();
          }
          quantifier(cp);
          quantifiable = false;
        }
        default -> {
          literal(cp);
          quantifiable = true;
        }
      }
    }
  }

  private void group() {
    if (regex.startsWith("?:", pos)) {
      pos += 2;
    } else if (regex.startsWith("?", pos)) {
      throw new Untranslatable(); // lookaround, named groups, flags
    }
    out.append("(?:");
    depth++;
    sequence();
    if (pos >= regex.length() || regex.charAt(pos) != ')') {
      throw new Untranslatable();
    }
    pos++;
    depth--;
    out.append(')');
  }

  private void quantifier(int cp) {
    if (cp == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) {
        throw new Untranslatable();
      }
      String body = regex.substring(pos, close);
      if (!body.matches("\\d{1,3}(,\\d{0,3})?")) {
        throw new Untranslatable();
      }
      for (String count : body.split(",")) {
        if (Integer.parseInt(count) > MAX_COUNT) {
          throw new Untranslatable();
        }
      }
      out.append('{').append(body).append('}');
      pos = close + 1;
    } else {
      out.appendCodePoint(cp);
    }
    if (pos < regex.length() && regex.charAt(pos) == '?') {
      pos++; // lazy or greedy, find() finds a match exactly when either does
    }
    if (pos < regex.length() && "*+?{".indexOf(regex.charAt(pos)) >= 0) {
      throw new Untranslatable(); // possessive or stacked quantifiers
    }
  }

  private void escape() {
    if (pos >= regex.length()) {
      throw new Untranslatable();
    }
    char c = regex.charAt(pos++);
    switch (c) {
      case 'd' -> out.append('[').append(DIGIT).append(']');
      case 'D' -> out.append("[^").append(DIGIT).append(']');
      case 'w' -> out.append('[').append(WORD).append(']');
      case 'W' -> out.append("[^").append(WORD).append(']');
      case 's' -> out.append('[').append(SPACE).append(']');
      case 'S' -> out.append("[^").append(SPACE).append(']');
      case 't', 'n', 'r', 'f' -> out.append('\\').append(c);
      default -> {
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
          out.append('\\').append(c); // escaped punctuation is that character in both dialects
        } else {
          throw new Untranslatable();
        }
      }
    }
  }

  private void literal(int cp) {
    if (cp < 0x20 || cp == 0x7F) {
      switch (cp) {
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        default -> throw new Untranslatable();
      }
    } else if (cp < 0x80 && !Character.isLetterOrDigit(cp) && cp != ' ') {
      out.append('\\').appendCodePoint(cp);
    } else {
      out.appendCodePoint(cp);
    }
  }

  private void characterClass() {
    out.append('[');
    if (pos < regex.length() && regex.charAt(pos) == '^') {
      out.append('^');
      pos++;
    }
    if (pos < regex.length() && regex.charAt(pos) == ']') {
      throw new Untranslatable(); // '[]' means different things in Java and ECMAScript
    }
    boolean first = true;
    boolean rangeStart = false; // the member before is one character that may start a range
    while (true) {
      if (pos >= regex.length()) {
        throw new Untranslatable();
      }
      int cp = regex.codePointAt(pos);
      pos += Character.charCount(cp);
      if (cp == ']') {
        out.append(']');
        return;
      }
      if (cp == '[' || (cp == '&' && regex.startsWith("&", pos))) {
        throw new Untranslatable(); // unions and intersections
      }
      boolean last = pos < regex.length() && regex.charAt(pos) == ']';
      if (cp == '-' && !first && !last) {
        if (!rangeStart) {
          throw new Untranslatable(); // '-' after a range or a class escape
        }
        out.append('-');
        rangeStart = false;
        int end = regex.codePointAt(pos);
        pos += Character.charCount(end);
        if (end == '\\') {
          if (!classEscape()) {
            throw new Untranslatable();
          }
        } else if (end == '[' || end == ']') {
          throw new Untranslatable();
        } else {
          classLiteral(end);
        }
      } else if (cp == '\\') {
        rangeStart = classEscape();
      } else {
        classLiteral(cp);
        rangeStart = true;
      }
      first = false;
    }
  }

  /** Appends one escaped class member; true when it is a single character (so it may bound a range). */
  private boolean classEscape() {
    if (pos >= regex.length()) {
      throw new Untranslatable();
    }
    char c = regex.charAt(pos++);
    switch (c) {
      case 'd' -> out.append(DIGIT);
      case 'w' -> out.append(WORD);
      case 's' -> out.append(SPACE);
      case 't', 'n', 'r', 'f' -> {
        out.append('\\').append(c);
        return true;
      }
      default -> {
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
          out.append('\\').append(c);
          return true;
        }
        throw new Untranslatable(); // \D, \W, \S, \b, \p{..}, \x.. inside a class
      }
    }
    return false;
  }

  private void classLiteral(int cp) {
    if (cp < 0x20 || cp == 0x7F) {
      throw new Untranslatable();
    }
    if (cp < 0x80 && !Character.isLetterOrDigit(cp) && cp != ' ') {
      out.append('\\').appendCodePoint(cp);
    } else {
      out.appendCodePoint(cp);
    }
  }

  /** Thrown inside the translator when the pattern leaves the safe subset. */
  private static final class Untranslatable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Untranslatable() {
      super(null, null, false, false);
    }
  }
}
