package io.eventplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plan with many mistakes gets all of them in one run, ordered by location. */
class MultipleErrorsTest {

  @Test
  void everyMistakeInOneRunOrderedByLocation() {
    String yaml =
        """
        plan:
          name: Broken
          versoin: 1
        events:
          Logged In:
            properties:
              type: {tpye: string}
              kind: {type: strng}
              n: {type: integer, min: 10, max: 5}
          logged_in:
            status: done
        people:
          traits:
            company_id: {type: string, references: companies}
        """;
    LoadResult result = Plans.load(yaml);
    assertThat(result.plan()).isEmpty();
    assertThat(result.diagnostics()).map(d -> d.location().line() + ":" + d.location().column() + " " + d.code())
        .containsExactly(
            "1:1 MISSING_KEY",
            "3:3 UNKNOWN_KEY",
            "7:13 MISSING_KEY",
            "7:14 UNKNOWN_KEY",
            "8:20 UNKNOWN_TYPE",
            "9:26 RANGE_INVALID",
            "10:3 NAME_COLLISION",
            "10:3 EVENT_NAMING",
            "11:13 INVALID_VALUE",
            "14:5 UNKNOWN_REFERENCE");
    assertThat(result.diagnostics()).isSorted();
    assertThat(result.errors()).hasSize(9);
    assertThat(result.warnings()).hasSize(1);
  }

  @Test
  void planExceptionListsEveryLine() {
    String yaml = Plans.HEADER + "events:\n  Thing Happened:\n    status: x\n    colour: red\n";
    LoadResult result = Plans.load(yaml);
    PlanException e = org.junit.jupiter.api.Assertions.assertThrows(PlanException.class, result::orThrow);
    assertThat(e.getMessage()).isEqualTo(
        "The tracking plan has 2 errors:\n"
            + "plan.yaml:6:13: [INVALID_VALUE] 'status' of event 'Thing Happened' is 'x'; it must be one of"
            + " planned, implemented, deprecated.\n"
            + "plan.yaml:7:5: [UNKNOWN_KEY] unknown key 'colour' in event 'Thing Happened'. Allowed keys:"
            + " description, status, conversion, location, code, version, properties.");
    assertThat(e.diagnostics()).hasSize(2);
  }
}
