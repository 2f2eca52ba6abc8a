package io.eventplan.plan.pattern;

import java.util.List;

/** A parsed plan pattern: the ECMAScript (u flag) constructs the plan's pattern syntax allows. */
public sealed interface RegexNode {

  /** Nothing: an empty alternative, as in {@code a|}. */
  record Empty() implements RegexNode {}

  /** One code point, matched as itself. */
  record Literal(int codePoint) implements RegexNode {}

  /** {@code .}: any code point except the line terminators \n, \r, U+2028 and U+2029. */
  record AnyChar() implements RegexNode {}

  /** {@code ^}: the start of the value (there is no multiline flag). */
  record Start() implements RegexNode {}

  /** {@code $}: the end of the value, and only there (not before a final line break, unlike Java). */
  record End() implements RegexNode {}

  /** {@code \b} or, negated, {@code \B}: a boundary between an ASCII word character and anything else. */
  record WordBoundary(boolean negated) implements RegexNode {}

  /** {@code [...]} or {@code [^...]}; the shorthands {@code \d \s \w} and {@code \p{..}} outside a class are classes too. */
  record CharClass(boolean negated, List<ClassMember> members) implements RegexNode {
    public CharClass {
      members = List.copyOf(members);
    }
  }

  /** {@code (...)}, {@code (?:...)} or {@code (?<name>...)}: only grouping matters, nothing is captured. */
  record Group(RegexNode body) implements RegexNode {}

  /** {@code body{min,max}}; {@code max} is {@link #UNBOUNDED} for {@code *}, {@code +} and {@code {n,}}. */
  record Repeat(RegexNode body, int min, int max) implements RegexNode {
    public static final int UNBOUNDED = -1;
  }

  /** Terms one after the other. */
  record Sequence(List<RegexNode> terms) implements RegexNode {
    public Sequence {
      terms = List.copyOf(terms);
    }
  }

  /** {@code a|b|c}. */
  record Alternation(List<RegexNode> alternatives) implements RegexNode {
    public Alternation {
      alternatives = List.copyOf(alternatives);
    }
  }
}
