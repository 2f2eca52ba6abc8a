package io.eventplan.plan.pattern;

import io.eventplan.plan.pattern.ClassMember.Property;
import io.eventplan.plan.pattern.ClassMember.Shorthand;
import io.eventplan.plan.pattern.PatternProblem.Kind;
import java.util.Optional;

/**
 * The characters and escapes of a plan pattern, read as ECMAScript reads them with the u flag: shorthands, Unicode
 * properties and character escapes, with the position reached and the problems found.
 */
abstract class PatternReader {
  private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|/";

  final String source;
  int pos;

  PatternReader(String source) {
    this.source = source;
  }

  /** \d \D \s \S \w \W \p{..} \P{..} at pos (just after the backslash), or empty when the escape is another one. */
  Optional<ClassMember> shorthandOrProperty(int start) {
    char c = source.charAt(pos);
    Shorthands.Kind kind = switch (Character.toLowerCase(c)) {
      case 'd' -> Shorthands.Kind.DIGIT;
      case 's' -> Shorthands.Kind.SPACE;
      case 'w' -> Shorthands.Kind.WORD;
      default -> null;
    };
    if (kind != null) {
      pos++;
      return Optional.of(new Shorthand(kind, Character.isUpperCase(c)));
    }
    if (c != 'p' && c != 'P') {
      return Optional.empty();
    }
    pos++;
    int close = source.indexOf('}', pos);
    if (peek() != '{' || close < 0) {
      throw failAt(start, Kind.INVALID, "'\\" + c + "' without {name}");
    }
    String name = source.substring(pos + 1, close);
    StringBuilder problem = new StringBuilder();
    Optional<UnicodeProperties.Property> property = UnicodeProperties.read(name, problem);
    if (property.isEmpty()) {
      throw failAt(start, Kind.NOT_PORTABLE, problem.toString());
    }
    pos = close + 1;
    return Optional.of(new Property(property.get(), c == 'P'));
  }

  /** The code point of a character escape at pos (just after the backslash). */
  int characterEscape(int start, boolean inClass) {
    int c = source.codePointAt(pos);
    pos += Character.charCount(c);
    switch (c) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'v':
        return 0x0B;
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '0':
        if (pos < source.length() && isDigit(source.charAt(pos))) {
          throw failAt(start, Kind.INVALID, "'\\0' followed by a digit (an octal escape, which the u flag forbids)");
        }
        return 0;
      case 'c':
        if (pos < source.length() && isAsciiLetter(source.charAt(pos))) {
          return source.charAt(pos++) % 32;
        }
        throw failAt(start, Kind.INVALID, "'\\c' without a letter");
      case 'x':
        return hex(start, 2);
      case 'u':
        return unicodeEscape(start);
      case 'k':
        throw failAt(start, inClass ? Kind.INVALID : Kind.NOT_LINEAR, "a named backreference \\k<...>");
      case 'A', 'Z', 'z', 'G':
        throw failAt(start, Kind.NOT_PORTABLE, "the anchor \\" + (char) c + " (use ^ or $)");
      case 'Q', 'E':
        throw failAt(start, Kind.NOT_PORTABLE, "quoting with \\Q...\\E (escape each character instead)");
      case 'h', 'H', 'R', 'X', 'V':
        throw failAt(start, Kind.NOT_PORTABLE, "the class \\" + (char) c + ", which ECMAScript lacks");
      case 'e':
        throw failAt(start, Kind.NOT_PORTABLE, "the escape \\e (use \\x1B)");
      default:
        if (isDigit(c)) {
          throw failAt(start, inClass ? Kind.INVALID : Kind.NOT_LINEAR, "a backreference \\" + (char) c);
        }
        if (SYNTAX_CHARACTERS.indexOf(c) >= 0) {
          return c;
        }
        throw failAt(start, Kind.INVALID, "the escape \\" + new String(Character.toChars(c))
            + ", which the u flag forbids (escape only ^ $ \\ . * + ? ( ) [ ] { } | /, and - in a class)");
    }
  }

  /** \\uXXXX (a surrogate pair of two such escapes is one code point) or \\u{X...}. */
  private int unicodeEscape(int start) {
    int value;
    if (peek() == '{') {
      int close = source.indexOf('}', pos);
      String digits = close < 0 ? "" : source.substring(pos + 1, close);
      if (!digits.matches("[0-9A-Fa-f]{1,6}") || Integer.parseInt(digits, 16) > Character.MAX_CODE_POINT) {
        throw failAt(start, Kind.INVALID, "'\\u{...}' that is not a code point in hexadecimal");
      }
      value = Integer.parseInt(digits, 16);
      pos = close + 1;
    } else {
      value = hex(start, 4);
      if (Character.isHighSurrogate((char) value) && source.startsWith("\\u", pos)) {
        int save = pos;
        pos += 2;
        int low = hex(start, 4);
        if (Character.isLowSurrogate((char) low)) {
          return Character.toCodePoint((char) value, (char) low);
        }
        pos = save;
      }
    }
    if (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE) {
      throw failAt(start, Kind.NOT_PORTABLE, "a lone surrogate " + source.substring(start, pos)
          + ", which a JSON string of Unicode text never holds");
    }
    return value;
  }

  private int hex(int start, int count) {
    if (pos + count > source.length() || !source.substring(pos, pos + count).matches("[0-9A-Fa-f]+")) {
      throw failAt(start, Kind.INVALID, "an escape that needs " + count + " hexadecimal digits");
    }
    int value = Integer.parseInt(source.substring(pos, pos + count), 16);
    pos += count;
    return value;
  }

  int peek() {
    return pos < source.length() ? source.charAt(pos) : -1;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  Failure fail(Kind kind, String message) {
    return failAt(pos, kind, message);
  }

  static Failure failAt(int index, Kind kind, String message) {
    return new Failure(new PatternProblem(kind, index, message));
  }

  /** Ends a parse with the problem found. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PatternProblem problem;

    Failure(PatternProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    PatternProblem problem() {
      return problem;
    }
  }
}
