package io.eventplan.plan.pattern;

import io.eventplan.plan.pattern.ClassMember.Property;
import io.eventplan.plan.pattern.ClassMember.Range;
import io.eventplan.plan.pattern.ClassMember.Shorthand;
import io.eventplan.plan.pattern.ClassMember.Single;
import io.eventplan.plan.pattern.RegexNode.CharClass;

/**
 * Writes a pattern tree back in ECMAScript syntax, spelled so that every ECMA-262 engine in use reads it alike, not
 * only JavaScript's: {@code .} becomes the class it means (any character but \n, \r, U+2028 and U+2029; networknt's
 * Joni lets {@code .} match the last three), code points outside the Basic Multilingual Plane are written as
 * themselves (Joni reads no braced code point escapes), other non-ASCII and control characters as four-digit
 * escapes, and properties by their short names. This is the pattern the JSON Schemas and the TypeScript snippet carry.
 */
final class EcmaWriter extends TreeWriter {
  /** What must be escaped outside a class (ECMAScript's syntax characters but '/', only special in a literal). */
  private static final String SYNTAX = "^$\\.*+?()[]{}|";
  /** What must be escaped inside a class; '[' too, which Java would read as a nested class. */
  private static final String CLASS_SYNTAX = "\\]^-[";
  private boolean inClass;

  static String of(RegexNode tree) {
    return new EcmaWriter().write(tree);
  }

  @Override
  protected void literal(int codePoint) {
    boolean syntax = (inClass ? CLASS_SYNTAX : SYNTAX).indexOf(codePoint) >= 0;
    if (plain(codePoint) || (codePoint >= 0x20 && codePoint < 0x7f && !syntax)) {
      out.appendCodePoint(codePoint);
    } else if (codePoint < 0x7f && codePoint >= 0x20) {
      out.append('\\').appendCodePoint(codePoint);
    } else if (codePoint > 0xFFFF) {
      out.appendCodePoint(codePoint);
    } else {
      out.append(String.format("\\u%04x", codePoint));
    }
  }

  @Override
  protected void anyChar() {
    out.append("[^\\n\\r\\u2028\\u2029]");
  }

  @Override
  protected void wordBoundary(boolean negated) {
    out.append(negated ? "\\B" : "\\b");
  }

  @Override
  protected void characterClass(CharClass characterClass) {
    boolean single = characterClass.members().size() == 1 && !characterClass.negated();
    if (single && characterClass.members().get(0) instanceof Shorthand shorthand) {
      shorthand(shorthand); // \d as \d, not [\d]
      return;
    }
    if (single && characterClass.members().get(0) instanceof Property property) {
      property(property);
      return;
    }
    out.append(characterClass.negated() ? "[^" : "[");
    inClass = true;
    for (ClassMember member : characterClass.members()) {
      if (member instanceof Single s) {
        literal(s.codePoint());
      } else if (member instanceof Range range) {
        literal(range.first());
        out.append('-');
        literal(range.last());
      } else if (member instanceof Shorthand shorthand) {
        shorthand(shorthand);
      } else {
        property((Property) member);
      }
    }
    inClass = false;
    out.append(']');
  }

  private void property(Property property) {
    out.append(property.negated() ? "\\P{" : "\\p{").append(property.property().name()).append('}');
  }

  private void shorthand(Shorthand shorthand) {
    char letter = switch (shorthand.kind()) {
      case DIGIT -> 'd';
      case SPACE -> 's';
      case WORD -> 'w';
    };
    out.append('\\').append(shorthand.negated() ? Character.toUpperCase(letter) : letter);
  }
}
