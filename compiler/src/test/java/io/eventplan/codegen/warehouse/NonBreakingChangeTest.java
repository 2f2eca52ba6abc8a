package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.lock.Change;
import io.eventplan.codegen.lock.LockFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Non-breaking changes are generated and reported, one located line each, for the build log. */
class NonBreakingChangeTest {

  private static final String BASE = """
      plan:
        name: Test
        version: 1
      events:
        Login Failed:
          description: A login was refused.
          properties:
            attempt: {type: integer, min: 1, max: 100}
            type: {type: string, values: [password, sso], required: true}
            reason: {type: string, max_length: 50, required: true}
            note: {type: string, pattern: "^[a-z]+$"}
        Logged Out:
          properties:
            reason: {type: string}
      people:
        traits:
          email: {type: email}
      """;

  private static List<String> messages(String changed) {
    LockFile lock = Plans.generate(Plans.load(BASE)).lock();
    return Plans.generate(Plans.load(changed), Optional.of(lock)).changes().stream().map(Change::toString).toList();
  }

  @Test
  void everyNonBreakingChangeHasItsLine() {
    String changed = BASE.replace("version: 1\n", "version: 2\n")
        .replace("description: A login was refused.", "description: A login attempt was refused.")
        .replace("min: 1, max: 100", "min: 0, max: 1000")
        .replace("values: [password, sso]", "values: [password, sso, magic_link]")
        .replace("max_length: 50, required: true", "required: false, deprecated: true")
        .replace("note: {type: string, pattern: \"^[a-z]+$\"}", "note: {type: string, description: Free text.}")
        .replace("  Logged Out:\n", "  Logged Out:\n    status: deprecated\n    version: 2\n")
        .replace("    email: {type: email}\n", "    email: {type: email}\n    name: {type: string}\n")
        .replace("people:\n", "  Signed Up: {}\npeople:\n");
    assertThat(messages(changed)).containsExactly(
        "tracking-plan.yaml:5:3: [DESCRIPTION_CHANGED] the description of event 'Login Failed' changed; the comment of table login_failed follows.",
        "tracking-plan.yaml:8:7: [CONSTRAINT_LOOSENED] property 'attempt' of event 'Login Failed': min was lowered from 1 to 0.",
        "tracking-plan.yaml:8:7: [CONSTRAINT_LOOSENED] property 'attempt' of event 'Login Failed': max was raised from 100 to 1000.",
        "tracking-plan.yaml:9:7: [VALUES_ADDED] property 'type' of event 'Login Failed' also allows 'magic_link' now.",
        "tracking-plan.yaml:10:7: [PROPERTY_MADE_OPTIONAL] property 'reason' of event 'Login Failed' is no longer required: column login_failed.reason accepts NULL now.",
        "tracking-plan.yaml:10:7: [PROPERTY_DEPRECATED] property 'reason' of event 'Login Failed' was deprecated; the comment of column login_failed.reason says so.",
        "tracking-plan.yaml:10:7: [CONSTRAINT_LOOSENED] property 'reason' of event 'Login Failed': max_length 50 was removed.",
        "tracking-plan.yaml:11:7: [DESCRIPTION_CHANGED] the description of property 'note' of event 'Login Failed' changed; the comment of column login_failed.note follows.",
        "tracking-plan.yaml:11:7: [CONSTRAINT_LOOSENED] property 'note' of event 'Login Failed': pattern '^[a-z]+$' was removed.",
        "tracking-plan.yaml:12:3: [EVENT_VERSION_RAISED] event 'Logged Out' went from version 1 to version 2: new table logged_out_v2; table logged_out keeps its data.",
        "tracking-plan.yaml:17:3: [EVENT_ADDED] event 'Signed Up' was added: new table signed_up.",
        "tracking-plan.yaml:21:5: [PROPERTY_ADDED] optional trait 'name' of people was added: new column people.name.");
  }
}
