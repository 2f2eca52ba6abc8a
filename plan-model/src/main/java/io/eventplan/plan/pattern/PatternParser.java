package io.eventplan.plan.pattern;

import io.eventplan.plan.pattern.ClassMember.Range;
import io.eventplan.plan.pattern.ClassMember.Single;
import io.eventplan.plan.pattern.PatternProblem.Kind;
import io.eventplan.plan.pattern.RegexNode.AnyChar;
import io.eventplan.plan.pattern.RegexNode.CharClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan pattern by ECMAScript's grammar with the u flag (ECMA-262 22.2): alternatives, terms, quantifiers,
 * groups and classes, keeping to the subset every engine of the project runs alike in linear time; anything else
 * stops the parse with a {@link PatternProblem}. Characters and escapes are read by {@link PatternReader}.
 */
final class PatternParser extends PatternReader {
  /** RE2's largest repetition count. */
  static final int MAX_COUNT = 1000;
  /** Deeper nesting of groups than anyone writes; it also bounds the parser's recursion. */
  private static final int MAX_DEPTH = 100;

  private final Set<String> groupNames = new HashSet<>();
  private int depth;

  private PatternParser(String source) {
    super(source);
  }

  /** The tree of {@code source}; throws {@link Failure} with the first problem. */
  static RegexNode parse(String source) {
    PatternParser parser = new PatternParser(source);
    RegexNode tree = parser.disjunction();
    if (parser.pos < source.length()) {
      throw parser.fail(Kind.INVALID, "an unmatched ')'");
    }
    return tree;
  }

  private RegexNode disjunction() {
    List<RegexNode> alternatives = new ArrayList<>();
    alternatives.add(alternative());
    while (peek() == '|') {
      pos++;
      alternatives.add(alternative());
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new RegexNode.Alternation(alternatives);
  }

  private RegexNode alternative() {
    List<RegexNode> terms = new ArrayList<>();
    while (pos < source.length() && peek() != '|' && peek() != ')') {
      terms.add(term());
    }
    if (terms.isEmpty()) {
      return new RegexNode.Empty();
    }
    return terms.size() == 1 ? terms.get(0) : new RegexNode.Sequence(terms);
  }

  private RegexNode term() {
    int start = pos;
    int c = source.codePointAt(pos);
    pos += Character.charCount(c);
    RegexNode atom;
    boolean assertion = false;
    switch (c) {
      case '^' -> {
        atom = new RegexNode.Start();
        assertion = true;
      }
      case '$' -> {
        atom = new RegexNode.End();
        assertion = true;
      }
      case '.' -> atom = new AnyChar();
      case '(' -> atom = group(start);
      case '[' -> atom = characterClass(start);
      case '\\' -> {
        if (peek() == 'b' || peek() == 'B') {
          atom = new RegexNode.WordBoundary(source.charAt(pos++) == 'B');
          assertion = true;
        } else {
          atom = escape(start);
        }
      }
      case '*', '+', '?' -> throw failAt(start, Kind.INVALID, "'" + (char) c + "' with nothing to repeat");
      case '{' -> throw failAt(start, Kind.INVALID, quantifierLike(start)
          ? "a quantifier with nothing to repeat" : "a lone '{' (escape it as \\{)");
      case '}', ']' -> throw failAt(start, Kind.INVALID, "a lone '" + (char) c + "' (escape it as \\" + (char) c + ")");
      default -> atom = new RegexNode.Literal(c);
    }
    if (pos < source.length() && "*+?{".indexOf(source.charAt(pos)) >= 0) {
      if (assertion) {
        throw fail(Kind.INVALID, "a quantifier after an assertion (^, $, \\b or \\B), which cannot repeat");
      }
      return quantified(atom);
    }
    return atom;
  }

  private RegexNode quantified(RegexNode atom) {
    int start = pos;
    char q = source.charAt(pos++);
    long min;
    long max;
    switch (q) {
      case '*' -> {
        min = 0;
        max = RegexNode.Repeat.UNBOUNDED;
      }
      case '+' -> {
        min = 1;
        max = RegexNode.Repeat.UNBOUNDED;
      }
      case '?' -> {
        min = 0;
        max = 1;
      }
      default -> {
        if (!quantifierLike(start)) {
          throw failAt(start, Kind.INVALID, "a '{' that is not a quantifier {n}, {n,} or {n,m} (escape it as \\{)");
        }
        min = number();
        max = min;
        if (peek() == ',') {
          pos++;
          max = peek() == '}' ? RegexNode.Repeat.UNBOUNDED : number();
        }
        pos++; // '}'
        if (max != RegexNode.Repeat.UNBOUNDED && max < min) {
          throw failAt(start, Kind.INVALID, "the quantifier " + source.substring(start, pos) + ", whose numbers are out of order");
        }
        if (min > MAX_COUNT || max > MAX_COUNT) {
          throw failAt(start, Kind.TOO_LARGE, "the quantifier " + source.substring(start, pos)
              + ", which repeats more than " + MAX_COUNT + " times (RE2's limit)");
        }
      }
    }
    if (peek() == '?') {
      pos++; // lazy: the same strings match somewhere
    }
    if (peek() == '+') {
      throw fail(Kind.NOT_PORTABLE, "a possessive quantifier (" + q + "+), which ECMAScript lacks");
    }
    if (pos < source.length() && "*?{".indexOf(source.charAt(pos)) >= 0) {
      throw fail(Kind.INVALID, "a quantifier after a quantifier");
    }
    return new RegexNode.Repeat(atom, (int) min, (int) max);
  }

  /** Whether a well-formed {n}, {n,} or {n,m} starts at {@code at}. */
  private boolean quantifierLike(int at) {
    int i = at + 1;
    int digits = 0;
    while (i < source.length() && isDigit(source.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i < source.length() && source.charAt(i) == ',') {
      i++;
      while (i < source.length() && isDigit(source.charAt(i))) {
        i++;
      }
    }
    return i < source.length() && source.charAt(i) == '}';
  }

  /** Decimal digits at pos, saturated beyond any count that matters. */
  private long number() {
    long value = 0;
    while (pos < source.length() && isDigit(source.charAt(pos))) {
      value = Math.min(value * 10 + (source.charAt(pos++) - '0'), Integer.MAX_VALUE);
    }
    return value;
  }

  private RegexNode group(int start) {
    if (++depth > MAX_DEPTH) {
      throw failAt(start, Kind.TOO_LARGE, "groups nested more than " + MAX_DEPTH + " deep");
    }
    if (source.startsWith("?", pos)) {
      groupPrefix(start);
    }
    RegexNode body = disjunction();
    if (peek() != ')') {
      throw failAt(start, Kind.INVALID, "an unclosed group '('");
    }
    pos++;
    depth--;
    return new RegexNode.Group(body);
  }

  /** Reads what follows "(?": a non-capturing or named group; refuses the rest. */
  private void groupPrefix(int start) {
    String rest = source.substring(pos + 1);
    if (rest.startsWith(":")) {
      pos += 2;
    } else if (rest.startsWith("=") || rest.startsWith("!")) {
      throw failAt(start, Kind.NOT_LINEAR, "a lookahead (?" + rest.charAt(0) + "...)");
    } else if (rest.startsWith("<=") || rest.startsWith("<!")) {
      throw failAt(start, Kind.NOT_LINEAR, "a lookbehind (?" + rest.substring(0, 2) + "...)");
    } else if (rest.startsWith("<")) {
      int close = source.indexOf('>', pos);
      String name = close < 0 ? "" : source.substring(pos + 2, close);
      if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
        throw failAt(start, Kind.INVALID, "a group name that is not an ASCII identifier: (?<" + name + ">");
      }
      if (!groupNames.add(name)) {
        throw failAt(start, Kind.INVALID, "the group name '" + name + "' twice");
      }
      pos = close + 1;
    } else if (rest.startsWith(">")) {
      throw failAt(start, Kind.NOT_PORTABLE, "an atomic group (?>...), which ECMAScript lacks");
    } else if (!rest.isEmpty() && (Character.isLetter(rest.charAt(0)) || rest.charAt(0) == '-')) {
      throw failAt(start, Kind.NOT_PORTABLE, "inline flags such as (?i), which the plan's syntax lacks");
    } else {
      throw failAt(start, Kind.INVALID, "'(?' that starts no known group");
    }
  }

  /** An escape outside a class (not \b or \B, which are assertions). */
  private RegexNode escape(int start) {
    if (pos >= source.length()) {
      throw failAt(start, Kind.INVALID, "a '\\' at the end");
    }
    char c = source.charAt(pos);
    Optional<ClassMember> shorthand = shorthandOrProperty(start);
    if (shorthand.isPresent()) {
      return new CharClass(false, List.of(shorthand.get()));
    }
    if (c == '-') {
      throw failAt(start, Kind.INVALID, "'\\-' outside a class (write '-')");
    }
    return new RegexNode.Literal(characterEscape(start, false));
  }

  private RegexNode characterClass(int start) {
    boolean negated = peek() == '^';
    if (negated) {
      pos++;
    }
    if (peek() == ']') {
      throw failAt(start, Kind.NOT_PORTABLE, negated
          ? "'[^]', which means any character in ECMAScript but not in Java; write [\\s\\S]"
          : "'[]', which matches nothing in ECMAScript but not in Java");
    }
    List<ClassMember> members = new ArrayList<>();
    while (true) {
      if (pos >= source.length()) {
        throw failAt(start, Kind.INVALID, "an unclosed class '['");
      }
      if (peek() == ']') {
        pos++;
        return new CharClass(negated, members);
      }
      int atomStart = pos;
      ClassMember first = classAtom();
      if (peek() == '-' && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
        pos++;
        ClassMember last = classAtom();
        if (!(first instanceof Single from) || !(last instanceof Single to)) {
          throw failAt(atomStart, Kind.INVALID, "a range with a class escape such as \\d at one end");
        }
        if (from.codePoint() > to.codePoint()) {
          throw failAt(atomStart, Kind.INVALID, "the range " + source.substring(atomStart, pos) + ", which is out of order");
        }
        members.add(new Range(from.codePoint(), to.codePoint()));
      } else {
        members.add(first);
      }
    }
  }

  private ClassMember classAtom() {
    int start = pos;
    int c = source.codePointAt(pos);
    pos += Character.charCount(c);
    if (c == '[') {
      throw failAt(start, Kind.NOT_PORTABLE, "'[' inside a class, a nested class in Java (escape it as \\[)");
    }
    if (c == '&' && peek() == '&') {
      throw failAt(start, Kind.NOT_PORTABLE, "'&&' in a class, an intersection in Java (a class needs '&' only once)");
    }
    if (c != '\\') {
      return new Single(c);
    }
    if (pos >= source.length()) {
      throw failAt(start, Kind.INVALID, "a '\\' at the end");
    }
    char next = source.charAt(pos);
    if (next == 'b') {
      pos++;
      return new Single('\b');
    }
    if (next == '-') {
      pos++;
      return new Single('-');
    }
    Optional<ClassMember> shorthand = shorthandOrProperty(start);
    return shorthand.orElseGet(() -> new Single(characterEscape(start, true)));
  }

}
