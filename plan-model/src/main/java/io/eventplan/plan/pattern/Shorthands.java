package io.eventplan.plan.pattern;

import java.util.List;

/**
 * What ECMAScript's {@code \d}, {@code \s} and {@code \w} match with the u flag (and without i): ASCII digits, the
 * white space and line terminators of ECMA-262 (more than RE2's or PostgreSQL's {@code \s}), ASCII word characters.
 * Engines whose shorthands mean something else get these ranges written out.
 */
public final class Shorthands {
  /** The three shorthand classes. */
  public enum Kind {
    DIGIT,
    SPACE,
    WORD
  }

  private static final List<int[]> DIGITS = List.of(new int[] {'0', '9'});
  private static final List<int[]> WORD_CHARACTERS =
      List.of(new int[] {'0', '9'}, new int[] {'A', 'Z'}, new int[] {'_', '_'}, new int[] {'a', 'z'});
  /** ECMA-262 WhiteSpace and LineTerminator: TAB, LF, VT, FF, CR, SP, NBSP, Zs, LS, PS, ZWNBSP. */
  private static final List<int[]> WHITE_SPACE = List.of(
      new int[] {0x09, 0x0D}, new int[] {0x20, 0x20}, new int[] {0xA0, 0xA0}, new int[] {0x1680, 0x1680},
      new int[] {0x2000, 0x200A}, new int[] {0x2028, 0x2029}, new int[] {0x202F, 0x202F},
      new int[] {0x205F, 0x205F}, new int[] {0x3000, 0x3000}, new int[] {0xFEFF, 0xFEFF});

  private Shorthands() {}

  /** The code point ranges of a shorthand, sorted, each {first, last}. */
  public static List<int[]> ranges(Kind kind) {
    return switch (kind) {
      case DIGIT -> DIGITS;
      case SPACE -> WHITE_SPACE;
      case WORD -> WORD_CHARACTERS;
    };
  }
}
