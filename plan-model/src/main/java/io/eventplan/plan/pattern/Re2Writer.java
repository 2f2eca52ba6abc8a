package io.eventplan.plan.pattern;

import io.eventplan.plan.pattern.ClassMember.Property;
import io.eventplan.plan.pattern.ClassMember.Range;
import io.eventplan.plan.pattern.ClassMember.Shorthand;
import io.eventplan.plan.pattern.ClassMember.Single;
import io.eventplan.plan.pattern.RegexNode.CharClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a pattern tree in RE2's syntax (as {@code com.google.re2j} reads it) so that {@code find()} matches exactly
 * the strings ECMAScript's {@code test()} with the u flag matches: {@code .}, {@code \s} and {@code $} are spelled
 * out where RE2's defaults differ, and every literal that is not a letter or digit is a {@code \x{..}} escape.
 */
final class Re2Writer extends TreeWriter {
  static final List<int[]> LINE_TERMINATORS =
      List.of(new int[] {'\n', '\n'}, new int[] {'\r', '\r'}, new int[] {0x2028, 0x2029});

  static String of(RegexNode tree) {
    return new Re2Writer().write(tree);
  }

  @Override
  protected void literal(int codePoint) {
    if (plain(codePoint)) {
      out.appendCodePoint(codePoint);
    } else {
      out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
    }
  }

  @Override
  protected void anyChar() {
    out.append("[^");
    ranges(LINE_TERMINATORS);
    out.append(']');
  }

  @Override
  protected void start() {
    out.append("\\A");
  }

  @Override
  protected void end() {
    out.append("\\z");
  }

  @Override
  protected void wordBoundary(boolean negated) {
    out.append(negated ? "\\B" : "\\b");
  }

  @Override
  protected void characterClass(CharClass characterClass) {
    List<int[]> ranges = new ArrayList<>();
    List<Property> properties = new ArrayList<>();
    for (ClassMember member : characterClass.members()) {
      if (member instanceof Single single) {
        ranges.add(new int[] {single.codePoint(), single.codePoint()});
      } else if (member instanceof Range range) {
        ranges.add(new int[] {range.first(), range.last()});
      } else if (member instanceof Shorthand shorthand) {
        ranges.addAll(CodePointRanges.of(shorthand));
      } else {
        properties.add((Property) member);
      }
    }
    out.append(characterClass.negated() ? "[^" : "[");
    ranges(CodePointRanges.union(ranges));
    for (Property property : properties) {
      out.append(property.negated() ? "\\P{" : "\\p{").append(property.property().name()).append('}');
    }
    out.append(']');
  }

  private void ranges(List<int[]> ranges) {
    for (int[] range : ranges) {
      literal(range[0]);
      if (range[1] != range[0]) {
        out.append('-');
        literal(range[1]);
      }
    }
  }
}
