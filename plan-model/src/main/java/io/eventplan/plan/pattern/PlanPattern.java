package io.eventplan.plan.pattern;

import io.eventplan.plan.pattern.RegexNode.Alternation;
import io.eventplan.plan.pattern.RegexNode.Group;
import io.eventplan.plan.pattern.RegexNode.Repeat;
import io.eventplan.plan.pattern.RegexNode.Sequence;

/**
 * A plan pattern: a regular expression in the plan's syntax, which is ECMAScript's (the dialect of JSON Schema's
 * {@code pattern}) with the u flag, less what a linear-time engine cannot run (backreferences, lookaround) and what
 * engines read differently. It matches anywhere in the value unless anchored. {@link #ecma()} is what JSON Schemas
 * and the TypeScript snippet carry; {@link #re2()} is the same expression for the JVM's RE2 engine
 * ({@code com.google.re2j}), whose matching time grows linearly with the value.
 */
public final class PlanPattern {
  /** The largest expanded size (characters and classes after repetition) a pattern may have. */
  public static final int MAX_SIZE = 20_000;

  private final String source;
  private final RegexNode tree;
  private final String re2;
  private final String ecma;
  private final com.google.re2j.Pattern compiled;

  private PlanPattern(String source, RegexNode tree) {
    this.source = source;
    this.tree = tree;
    this.re2 = Re2Writer.of(tree);
    this.ecma = EcmaWriter.of(tree);
    this.compiled = com.google.re2j.Pattern.compile(re2);
  }

  /** The pattern, or why it is refused. */
  public static Parsed parse(String source) {
    RegexNode tree;
    try {
      tree = PatternParser.parse(source);
    } catch (PatternParser.Failure e) {
      return new Parsed(null, e.problem());
    }
    long size = size(tree);
    if (size > MAX_SIZE) {
      return new Parsed(null, new PatternProblem(PatternProblem.Kind.TOO_LARGE, 0,
          "repetitions that expand it to more than " + MAX_SIZE + " characters and classes"));
    }
    return new Parsed(new PlanPattern(source, tree), null);
  }

  /** A pattern the checker accepted; throws {@link IllegalArgumentException} for any other. */
  public static PlanPattern of(String source) {
    Parsed parsed = parse(source);
    if (parsed.pattern() == null) {
      throw new IllegalArgumentException("not a plan pattern: " + parsed.problem().message() + " in " + source);
    }
    return parsed.pattern();
  }

  /** The pattern as written in the plan: ECMAScript syntax, used with the u flag. */
  public String source() {
    return source;
  }

  public RegexNode tree() {
    return tree;
  }

  /**
   * The same expression in ECMAScript syntax, spelled so that every ECMA-262 engine in use reads it alike (see
   * {@link EcmaWriter}): what JSON Schemas and the TypeScript snippet carry. Often the source itself.
   */
  public String ecma() {
    return ecma;
  }

  /** The same expression in RE2 syntax; {@code find()} with it matches what ECMAScript's {@code test()} does. */
  public String re2() {
    return re2;
  }

  /** Whether the pattern matches somewhere in {@code text}. */
  public boolean matches(CharSequence text) {
    return compiled.matcher(text).find();
  }

  private static long size(RegexNode node) {
    if (node instanceof Group group) {
      return size(group.body());
    }
    if (node instanceof Repeat repeat) {
      long times = repeat.max() == Repeat.UNBOUNDED ? repeat.min() + 1L : repeat.max();
      return Math.min(size(repeat.body()) * Math.max(times, 1), Integer.MAX_VALUE);
    }
    if (node instanceof Sequence sequence) {
      return Math.min(sequence.terms().stream().mapToLong(PlanPattern::size).sum(), Integer.MAX_VALUE);
    }
    if (node instanceof Alternation alternation) {
      return Math.min(alternation.alternatives().stream().mapToLong(PlanPattern::size).sum(), Integer.MAX_VALUE);
    }
    return 1;
  }

  /** The outcome of {@link #parse}: exactly one of pattern and problem is set. */
  public record Parsed(PlanPattern pattern, PatternProblem problem) {}
}
