package io.eventplan.plan.naming;

import static org.assertj.core.api.Assertions.assertThat;

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
  void longNamesKeepTheirPinnedHash() {
    // pinned: these names are in deployed warehouses, so the rule must never change
    String fitted = SqlNames.fit("a".repeat(70));
    assertThat(fitted).isEqualTo("a".repeat(54) + "_6bd5e503");
    assertThat(Identifiers.sqlByteLength(fitted)).isEqualTo(63);
    assertThat(SqlNames.table("Über Extraordinarily Long Event Name That Keeps Going And Going", 2))
        .isEqualTo("über_extraordinarily_long_event_name_that_keeps_going_bae16b81");
    assertThat(SqlNames.fit("short")).isEqualTo("short");
  }

  @Test
  void cuttingNeverSplitsACharacter() {
    String name = "é".repeat(40); // 80 bytes
    String fitted = SqlNames.fit(name);
    assertThat(Identifiers.sqlByteLength(fitted)).isLessThanOrEqualTo(63);
    assertThat(fitted).startsWith("é".repeat(27) + "_").hasSize(27 + 9);
  }
}
