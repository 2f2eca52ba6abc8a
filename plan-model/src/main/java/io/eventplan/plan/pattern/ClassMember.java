package io.eventplan.plan.pattern;

/** One member of a character class. */
public sealed interface ClassMember {

  /** One code point. */
  record Single(int codePoint) implements ClassMember {}

  /** The code points from {@code first} to {@code last}, both included. */
  record Range(int first, int last) implements ClassMember {}

  /** {@code \d}, {@code \s} or {@code \w}, or negated {@code \D}, {@code \S}, {@code \W}: fixed sets of code points. */
  record Shorthand(Shorthands.Kind kind, boolean negated) implements ClassMember {}

  /**
   * {@code \p{name}} or {@code \P{name}}: a Unicode general category (by its short name, e.g. {@code Lu}) or a
   * script (by its long name, e.g. {@code Greek}).
   */
  record Property(UnicodeProperties.Property property, boolean negated) implements ClassMember {}
}
