package io.eventplan.plan.pattern;

import io.eventplan.plan.pattern.RegexNode.Alternation;
import io.eventplan.plan.pattern.RegexNode.AnyChar;
import io.eventplan.plan.pattern.RegexNode.CharClass;
import io.eventplan.plan.pattern.RegexNode.Empty;
import io.eventplan.plan.pattern.RegexNode.End;
import io.eventplan.plan.pattern.RegexNode.Group;
import io.eventplan.plan.pattern.RegexNode.Literal;
import io.eventplan.plan.pattern.RegexNode.Repeat;
import io.eventplan.plan.pattern.RegexNode.Sequence;
import io.eventplan.plan.pattern.RegexNode.Start;
import io.eventplan.plan.pattern.RegexNode.WordBoundary;

/**
 * Writes a pattern tree in one engine's syntax: groups, repetition and alternation are alike everywhere; each
 * dialect says how it spells literals, classes and anchors so that it matches what ECMAScript matches.
 */
public abstract class TreeWriter {
  /** The text written so far. */
  protected final StringBuilder out = new StringBuilder();

  /** Writes {@code tree} and returns the whole text. */
  protected final String write(RegexNode tree) {
    node(tree, 1);
    return out.toString();
  }

  /**
   * Writes one node.
   *
   * @param times how often the node repeats at most in a match, for dialects that limit the expanded size
   */
  protected void node(RegexNode node, long times) {
    if (node instanceof Empty) {
      out.append("(?:)");
    } else if (node instanceof Literal literal) {
      counted(times);
      literal(literal.codePoint());
    } else if (node instanceof AnyChar) {
      counted(times);
      anyChar();
    } else if (node instanceof Start) {
      start();
    } else if (node instanceof End) {
      end();
    } else if (node instanceof WordBoundary boundary) {
      wordBoundary(boundary.negated());
    } else if (node instanceof CharClass characterClass) {
      counted(times);
      characterClass(characterClass);
    } else if (node instanceof Group group) {
      out.append("(?:");
      node(group.body(), times);
      out.append(')');
    } else if (node instanceof Repeat repeat) {
      repeat(repeat, times);
    } else if (node instanceof Sequence sequence) {
      sequence.terms().forEach(term -> node(term, times));
    } else if (node instanceof Alternation alternation) {
      for (int i = 0; i < alternation.alternatives().size(); i++) {
        out.append(i == 0 ? "" : "|");
        node(alternation.alternatives().get(i), times);
      }
    } else {
      throw new IllegalArgumentException("unknown node " + node);
    }
  }

  private void repeat(Repeat repeat, long times) {
    int min = repeat.min();
    int max = repeat.max();
    counts(min, max);
    RegexNode body = repeat.body();
    boolean atom = body instanceof Literal || body instanceof AnyChar || body instanceof CharClass
        || body instanceof Group;
    out.append(atom ? "" : "(?:");
    node(body, times * (max == Repeat.UNBOUNDED ? min + 1L : Math.max(max, 1)));
    out.append(atom ? "" : ")");
    if (max == Repeat.UNBOUNDED) {
      out.append(min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}");
    } else if (min == 0 && max == 1) {
      out.append('?');
    } else {
      out.append('{').append(min).append(min == max ? "" : "," + max).append('}');
    }
  }

  /** Whether an ASCII letter or digit, which every dialect writes as itself. */
  protected static boolean plain(int codePoint) {
    return (codePoint >= '0' && codePoint <= '9') || (codePoint >= 'A' && codePoint <= 'Z')
        || (codePoint >= 'a' && codePoint <= 'z');
  }

  /** One code point, matched as itself. */
  protected abstract void literal(int codePoint);

  /** ECMAScript's {@code .}: anything but \n, \r, U+2028 and U+2029. */
  protected abstract void anyChar();

  /** The start of the value: {@code ^} in ECMAScript and PostgreSQL. */
  protected void start() {
    out.append('^');
  }

  /** The end of the value, and only there: {@code $} in ECMAScript and PostgreSQL. */
  protected void end() {
    out.append('$');
  }

  /** An ASCII word boundary, or (negated) none. */
  protected abstract void wordBoundary(boolean negated);

  protected abstract void characterClass(CharClass characterClass);

  /** A repetition's counts, before it is written; a dialect with lower limits refuses larger ones. */
  protected void counts(int min, int max) {}

  /** A character or class that a match repeats up to {@code times} times; a dialect may limit the total. */
  protected void counted(long times) {}
}
