package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generator-only SQL text: literals and constraint names (table and column names are plan-model's SqlNames). */
class SqlLiteralsTest {

  @Test
  void checkNamesJoinTableColumnAndRule() {
    assertThat(ConstraintNames.check("logged_in", "type", "values")).isEqualTo("logged_in_type_values");
    assertThat(ConstraintNames.index("events", "received_at")).isEqualTo("events_received_at_idx");
  }

  @Test
  void longConstraintNamesAreCutAndHashed() {
    String check = ConstraintNames.check("a".repeat(40), "b".repeat(20), "values");
    assertThat(check).hasSize(63).matches("a{40}_b{13}_[0-9a-f]{8}");
  }

  @Test
  void literalsEscapeQuotesAndNeverSpanLines() {
    assertThat(SqlLiterals.string("it's")).isEqualTo("'it''s'");
    assertThat(SqlLiterals.string("a\\b")).isEqualTo("'a\\b'");
    // found by HostilePlanTest: a backslash before the closing quote ran the driver's parser past it
    assertThat(SqlLiterals.string("ends\\")).isEqualTo("E'ends\\\\'");
    assertThat(SqlLiterals.string("a\\'b")).isEqualTo("E'a\\\\''b'");
    assertThat(SqlLiterals.string("line\nnext\\")).isEqualTo("E'line\\nnext\\\\'");
    assertThat(SqlLiterals.string("costs ${price}")).isEqualTo("E'costs \\u0024{price}'");
  }
}
