package io.eventplan.plan.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sorted, disjoint code point ranges, each {first, last}: unions and complements for writing classes out. */
public final class CodePointRanges {
  private CodePointRanges() {}

  /** The ranges merged: sorted, overlapping and adjacent ones joined. */
  public static List<int[]> union(List<int[]> ranges) {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(r -> r[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] range : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(new int[] {range[0], range[1]});
      }
    }
    return merged;
  }

  /** Every code point not in {@code ranges}. */
  public static List<int[]> complement(List<int[]> ranges) {
    List<int[]> result = new ArrayList<>();
    int next = 0;
    for (int[] range : union(ranges)) {
      if (range[0] > next) {
        result.add(new int[] {next, range[0] - 1});
      }
      next = range[1] + 1;
    }
    if (next <= Character.MAX_CODE_POINT) {
      result.add(new int[] {next, Character.MAX_CODE_POINT});
    }
    return result;
  }

  /** The ranges of a shorthand, complemented when negated. */
  public static List<int[]> of(ClassMember.Shorthand shorthand) {
    List<int[]> ranges = Shorthands.ranges(shorthand.kind());
    return shorthand.negated() ? complement(ranges) : ranges;
  }
}
