package io.eventplan.collector.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.naming.Identifiers;
import org.junit.jupiter.api.Test;

/** The collector names tables and columns exactly as the changelog generator does. */
class WarehouseNamesTest {

  @Test
  void snakeCaseQuoted() {
    assertThat(WarehouseNames.column("signupMethod")).isEqualTo("signup_method");
    assertThat(WarehouseNames.quote("order")).isEqualTo("\"order\"");
    assertThat(WarehouseNames.quote("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  @Test
  void longNamesAreCutWithAHashLikeSqlNames() {
    // expected values computed with io.eventplan.codegen.warehouse.SqlNames (branch liquibase)
    String fitted = WarehouseNames.fit("a".repeat(70));

    assertThat(fitted).isEqualTo("a".repeat(54) + "_6bd5e503");
    assertThat(Identifiers.sqlByteLength(fitted)).isEqualTo(63);
    assertThat(WarehouseNames.eventTable(new io.eventplan.plan.model.EventDef(
        "Über Extraordinarily Long Event Name That Keeps Going And Going", "", null, null, "", "", 2,
        java.util.List.of(), null)))
        .isEqualTo("über_extraordinarily_long_event_name_that_keeps_going_bae16b81");
    assertThat(WarehouseNames.fit("é".repeat(40))).hasSize(27 + 9);
    assertThat(WarehouseNames.fit("short")).isEqualTo("short");
  }
}
