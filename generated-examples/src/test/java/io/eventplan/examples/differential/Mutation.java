package io.eventplan.examples.differential;

import java.util.Locale;

/** How a payload was made: valid, or a valid one broken by exactly one rule. */
enum Mutation {
  NONE,
  MISSING_REQUIRED,
  WRONG_TYPE,
  NULL_VALUE,
  OUT_OF_ENUM,
  OUT_OF_RANGE,
  BAD_FORMAT,
  EXTRA_PROPERTY,
  TOO_LONG,
  TOO_SHORT,
  PATTERN_MISMATCH,
  TOO_MANY_ITEMS,
  TOO_FEW_ITEMS;

  /** Its name in the corpus: {@code missing_required}, {@code none}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
