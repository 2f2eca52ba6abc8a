package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.naming.Identifiers;
import org.junit.jupiter.api.Test;

class SqlNamesTest {

  @Test
  void tablesAreSnakeCaseWithAVersionSuffixFromVersionTwo() {
    assertThat(SqlNames.table("Logged In", 1)).isEqualTo("logged_in");
    assertThat(SqlNames.table("Logged In", 2)).isEqualTo("logged_in_v2");
    assertThat(SqlNames.table("Order", 1)).isEqualTo("order");
    assertThat(SqlNames.table("Café Visited", 1)).isEqualTo("café_visited");
  }

  @Test
  void columnsAreSnakeCase() {
    assertThat(SqlNames.column("signupMethod")).isEqualTo("signup_method");
    assertThat(SqlNames.column("select")).isEqualTo("select");
  }

  @Test
  void quotingDoublesEmbeddedQuotes() {
    assertThat(SqlNames.quote("order")).isEqualTo("\"order\"");
    assertThat(SqlNames.quote("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  @Test
  void longNamesAreCutAndHashedWithinSixtyThreeBytes() {
    String event = "a".repeat(62);
    String table = SqlNames.table(event, 12);
    assertThat(Identifiers.sqlByteLength(table)).isEqualTo(63);
    assertThat(table).startsWith("a".repeat(54) + "_").matches(".*_[0-9a-f]{8}");
    assertThat(SqlNames.table(event, 13)).isNotEqualTo(table);
    assertThat(SqlNames.table(event, 12)).isEqualTo(table); // deterministic
  }

  @Test
  void cuttingNeverSplitsACharacter() {
    String name = "é".repeat(40); // 80 bytes
    String fitted = SqlNames.fit(name);
    assertThat(Identifiers.sqlByteLength(fitted)).isLessThanOrEqualTo(63);
    assertThat(fitted).startsWith("é".repeat(27) + "_");
  }

  @Test
  void checkNamesJoinTableColumnAndRule() {
    assertThat(SqlNames.check("logged_in", "type", "values")).isEqualTo("logged_in_type_values");
  }

  @Test
  void literalsEscapeQuotesAndNeverSpanLines() {
    assertThat(SqlLiterals.string("it's")).isEqualTo("'it''s'");
    assertThat(SqlLiterals.string("a\\b")).isEqualTo("'a\\b'");
    assertThat(SqlLiterals.string("line\nnext\\")).isEqualTo("E'line\\nnext\\\\'");
    assertThat(SqlLiterals.string("costs ${price}")).isEqualTo("E'costs \\u0024{price}'");
  }
}
