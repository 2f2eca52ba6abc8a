package io.eventplan.codegen.warehouse;

import io.eventplan.plan.pattern.ClassMember;
import io.eventplan.plan.pattern.CodePointRanges;
import io.eventplan.plan.pattern.PlanPattern;
import io.eventplan.plan.pattern.RegexNode.CharClass;
import io.eventplan.plan.pattern.TreeWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a plan pattern as a PostgreSQL advanced regular expression for {@code ~} that matches exactly the values
 * ECMAScript's (and so the collector's) reading of the pattern matches: {@code .}, {@code \d \s \w} and their
 * negations are written out as explicit code point ranges (PostgreSQL's own shorthands follow the locale), and
 * {@code $} is the end of the value.
 *
 * <p>Left untranslated, so enforced by the collector only: word boundaries and Unicode properties (PostgreSQL's
 * follow the database's locale), repetition counts above 255 (PostgreSQL's limit) and patterns that expand beyond
 * {@value #MAX_SIZE} characters and classes (whose automaton PostgreSQL may refuse as too complex).
 */
public final class PosixPattern extends TreeWriter {
  /** PostgreSQL's RE_DUP_MAX: larger repetition counts are an error there. */
  private static final int MAX_COUNT = 255;
  private static final int MAX_SIZE = 2_000;
  private static final List<int[]> LINE_TERMINATORS =
      List.of(new int[] {'\n', '\n'}, new int[] {'\r', '\r'}, new int[] {0x2028, 0x2029});

  private long size;

  private PosixPattern() {}

  /** The PostgreSQL expression, or empty when the pattern uses a feature it cannot express alike. */
  public static Optional<String> translate(String regex) {
    try {
      return Optional.of(new PosixPattern().write(PlanPattern.of(regex).tree()));
    } catch (Untranslatable e) {
      return Optional.empty();
    }
  }

  @Override
  protected void literal(int codePoint) {
    if (plain(codePoint)) {
      out.appendCodePoint(codePoint);
    } else if (codePoint <= 0xFFFF) {
      out.append(String.format("\\u%04x", codePoint));
    } else {
      out.append(String.format("\\U%08x", codePoint));
    }
  }

  @Override
  protected void anyChar() {
    bracket(CodePointRanges.complement(LINE_TERMINATORS));
  }

  @Override
  protected void wordBoundary(boolean negated) {
    throw new Untranslatable();
  }

  @Override
  protected void characterClass(CharClass characterClass) {
    List<int[]> ranges = new ArrayList<>();
    for (ClassMember member : characterClass.members()) {
      if (member instanceof ClassMember.Single single) {
        ranges.add(new int[] {single.codePoint(), single.codePoint()});
      } else if (member instanceof ClassMember.Range range) {
        ranges.add(new int[] {range.first(), range.last()});
      } else if (member instanceof ClassMember.Shorthand shorthand) {
        ranges.addAll(CodePointRanges.of(shorthand));
      } else {
        throw new Untranslatable(); // Unicode properties
      }
    }
    List<int[]> set = CodePointRanges.union(ranges);
    bracket(characterClass.negated() ? CodePointRanges.complement(set) : set);
  }

  @Override
  protected void counts(int min, int max) {
    if (min > MAX_COUNT || max > MAX_COUNT) {
      throw new Untranslatable();
    }
  }

  @Override
  protected void counted(long times) {
    size += times;
    if (size > MAX_SIZE) {
      throw new Untranslatable();
    }
  }

  /** A bracket expression of exactly these code points (none: a class that never matches). */
  private void bracket(List<int[]> ranges) {
    if (ranges.isEmpty()) {
      out.append("[^\\u0000-\\U0010ffff]");
      return;
    }
    out.append('[');
    for (int[] range : ranges) {
      literal(range[0]);
      if (range[1] != range[0]) {
        out.append('-');
        literal(range[1]);
      }
    }
    out.append(']');
  }

  /** Thrown inside the writer when PostgreSQL cannot match the pattern alike. */
  private static final class Untranslatable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Untranslatable() {
      super(null, null, false, false);
    }
  }
}
