package io.eventplan.examples.differential;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Random text, measured in code points as JSON Schema measures it: ASCII, accents, CJK, characters outside
 * the Basic Multilingual Plane (two UTF-16 units each), and characters JSON must escape.
 */
final class Texts {
  private static final String[] PLAIN = {"a", "b", "z", "A", "Q", "0", "7", "_", "-", ".", " "};
  private static final String[] SPECIAL = {
    "é", "ü", "ß", "中", "文", "😀", "𝄞", "🇫", "\u0301", "\"", "\\", "/", "\t", "\n", "\u0001", "\u2028", "\ufeff",
    "<", "&", "'", "%", "@", "#", "~"
  };

  private final Rng rng;
  private final Map<String, Pattern> patterns = new HashMap<>();

  Texts(Rng rng) {
    this.rng = rng;
  }

  /** A random code point string of exactly {@code length} code points. */
  String random(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(rng.chance(0.7) ? rng.pick(PLAIN) : rng.pick(SPECIAL));
    }
    return text.toString();
  }

  /** A random string whose length in code points is in [min, max]. */
  String random(int min, int max) {
    return random(rng.between(min, max));
  }

  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  Pattern pattern(String regex) {
    return patterns.computeIfAbsent(regex, Pattern::compile);
  }

  /** Whether the plan's unanchored {@code pattern} matches somewhere in {@code text}. */
  boolean matches(String regex, String text) {
    return pattern(regex).matcher(text).find();
  }

  /**
   * A string of [min, max] code points that satisfies {@code accept}, from the known candidates (the plan's
   * examples, say), variants of them padded to a random length, and random strings; empty when none turns up.
   */
  Optional<String> find(List<String> known, int min, int max, Predicate<String> accept) {
    for (int round = 0; round < 8; round++) {
      List<String> candidates = new ArrayList<>(known);
      for (int i = 0; i < 12; i++) {
        int length = rng.between(min, Math.min(max, min + 24));
        candidates.add(known.isEmpty() || rng.chance(0.3) ? random(length) : variant(rng.pick(known), length));
      }
      int start = rng.between(0, candidates.size() - 1);
      for (int i = 0; i < candidates.size(); i++) {
        String candidate = candidates.get((start + i) % candidates.size());
        int length = length(candidate);
        if (length >= min && length <= max && accept.test(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code base} padded at either end to {@code length} code points with its own characters or letters and
   * digits, or (when it is long enough already) with one character replaced.
   */
  private String variant(String base, int length) {
    int[] own = base.codePoints().toArray();
    if (own.length >= length) {
      if (own.length > 0) {
        own[rng.between(0, own.length - 1)] = filler(own);
      }
      return new String(own, 0, own.length);
    }
    StringBuilder extra = new StringBuilder();
    for (int i = own.length; i < length; i++) {
      extra.appendCodePoint(filler(own));
    }
    return rng.chance(0.5) ? base + extra : extra + base;
  }

  private int filler(int[] own) {
    return own.length > 0 && rng.chance(0.5) ? own[rng.between(0, own.length - 1)] : "abcxyz0189".charAt(rng.between(0, 9));
  }
}
