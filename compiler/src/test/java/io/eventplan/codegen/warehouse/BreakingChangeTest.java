package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.codegen.lock.BreakingChangeException;
import io.eventplan.codegen.lock.Change;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per breaking change kind: the generation stops and says exactly what, why and what instead. */
class BreakingChangeTest {

  private static final String BASE = """
      plan:
        name: Test
        version: 1
      events:
        Login Failed:
          properties:
            attempt: {type: integer, min: 1, max: 100}
            type: {type: string, values: [password, sso, magic_link], required: true}
            reason: {type: string, max_length: 50}
            tags: {type: array, items: {type: string}, max_items: 5}
            device: {type: object, properties: {os: {type: string}}}
        Logged Out:
          version: 2
          properties:
            reason: {type: string}
      people:
        traits:
          email: {type: email}
      """;

  /** The lock after generating {@link #BASE}, as read back from its file. */
  private static LockFile lock() {
    WarehouseResult first = Plans.generate(Plans.load(BASE));
    return LockJson.read("tracking-plan.lock.json", first.lockJson());
  }

  /** The messages of every breaking change after replacing {@code from} by {@code to} in the base plan. */
  private static List<String> breaking(String from, String to) {
    String changed = BASE.replace("version: 1\n", "version: 2\n").replace(from, to);
    assertThat(changed).as("the edit applies").isNotEqualTo(BASE.replace("version: 1\n", "version: 2\n"));
    try {
      Plans.generate(Plans.load(changed), Optional.of(lock()));
    } catch (BreakingChangeException e) {
      return e.changes().stream().map(Change::toString).toList();
    }
    throw new AssertionError("no breaking change was reported");
  }

  @Test
  void propertyTypeChanged() {
    assertThat(breaking("attempt: {type: integer, min: 1, max: 100}", "attempt: {type: string}")).containsExactly(
        "tracking-plan.yaml:7:7: [PROPERTY_TYPE_CHANGED] property 'attempt' of event 'Login Failed' changed type"
            + " from integer to string. Column login_failed.attempt holds integer values, and senders that still send"
            + " integer values would be rejected. Keep 'attempt' (mark it deprecated: true) and add a property with a"
            + " new name and type string instead, or raise the event's version to 2 so that it gets its own table"
            + " login_failed_v2.");
  }

  @Test
  void propertyRemoved() {
    assertThat(breaking("      reason: {type: string, max_length: 50}\n", "")).containsExactly(
        "tracking-plan.yaml:5:3: [PROPERTY_REMOVED] property 'reason' of event 'Login Failed' was removed. Column"
            + " login_failed.reason still holds its data, and senders that still send it would be rejected, because"
            + " unknown properties are not accepted. Keep it with deprecated: true instead: it stays accepted and is"
            + " documented as deprecated.");
  }

  @Test
  void eventRemoved() {
    assertThat(breaking("  Logged Out:\n    version: 2\n    properties:\n      reason: {type: string}\n", ""))
        .containsExactly(
            "tracking-plan.yaml:1:1: [EVENT_REMOVED] event 'Logged Out' was removed. Table logged_out_v2 still holds"
                + " its data, and senders that still send it would be rejected. Keep it with status: deprecated"
                + " instead: it stays accepted and is documented as deprecated.");
  }

  @Test
  void requiredPropertyAdded() {
    assertThat(breaking("    properties:\n      attempt:", "    properties:\n      code: {type: string, required: true}\n      attempt:"))
        .containsExactly(
            "tracking-plan.yaml:7:7: [REQUIRED_PROPERTY_ADDED] required property 'code' of event 'Login Failed' was"
                + " added. Rows already in table login_failed have no value for it, so its column cannot be NOT NULL,"
                + " and senders that do not send it yet would be rejected. Add it with required: false instead, or"
                + " raise the event's version to 2 so that it gets its own table login_failed_v2.");
  }

  @Test
  void optionalPropertyMadeRequired() {
    assertThat(breaking("reason: {type: string, max_length: 50}", "reason: {type: string, max_length: 50, required: true}"))
        .containsExactly(
            "tracking-plan.yaml:9:7: [PROPERTY_MADE_REQUIRED] property 'reason' of event 'Login Failed' became"
                + " required. Rows already in table login_failed may have no value for it, and senders that leave it"
                + " out would be rejected. Keep it optional (required: false), or raise the event's version to 2 so"
                + " that it gets its own table login_failed_v2.");
  }

  @Test
  void valuesNarrowed() {
    assertThat(breaking("values: [password, sso, magic_link]", "values: [password]")).containsExactly(
        "tracking-plan.yaml:8:7: [VALUES_NARROWED] property 'type' of event 'Login Failed' no longer allows 'sso',"
            + " 'magic_link'. Rows already in table login_failed may hold them, and senders that still send them would"
            + " be rejected. Keep every value (the description can say which are deprecated), or add a property with a"
            + " new name and the narrower values and deprecate this one, or raise the event's version to 2 so that it"
            + " gets its own table login_failed_v2.");
  }

  @Test
  void valuesIntroducedWhereAnyValueWasAllowed() {
    assertThat(breaking("reason: {type: string}", "reason: {type: string, values: [manual, expired]}")).containsExactly(
        "tracking-plan.yaml:15:7: [VALUES_NARROWED] property 'reason' of event 'Logged Out' now allows only"
            + " 'manual', 'expired', where any value was allowed. Rows already in table logged_out_v2 may hold other"
            + " values, and senders that send other values would be rejected. Keep it unrestricted, or add a property"
            + " with a new name and these values and deprecate this one, or raise the event's version to 3 so that it"
            + " gets its own table logged_out_v3.");
  }

  @Test
  void constraintTightened() {
    assertThat(breaking("max: 100}", "max: 10}")).containsExactly(
        "tracking-plan.yaml:7:7: [CONSTRAINT_TIGHTENED] property 'attempt' of event 'Login Failed': max was lowered"
            + " from 100 to 10. Rows already in table login_failed may break the new rule, and senders that follow the"
            + " old rule would be rejected. Keep the old rule, or add a property with a new name and the new rule and"
            + " deprecate this one, or raise the event's version to 2 so that it gets its own table login_failed_v2.");
  }

  @Test
  void everyKindOfTighteningIsNamed() {
    List<String> messages = breaking(
        "reason: {type: string, max_length: 50}\n      tags: {type: array, items: {type: string}, max_items: 5}",
        "reason: {type: string, max_length: 50, min_length: 2, pattern: \"^[a-z]+$\"}\n"
            + "      tags: {type: array, items: {type: string, max_length: 9}, max_items: 5, min_items: 1}");
    assertThat(messages).extracting(m -> m.substring(m.indexOf("': ") + 3, m.indexOf(". ")))
        .containsExactly(
            "min_length 2 was added",
            "pattern '^[a-z]+$' was added",
            "min_items 1 was added",
            "max_length 9 was added");
    assertThat(messages.get(3)).startsWith(
        "tracking-plan.yaml:10:7: [CONSTRAINT_TIGHTENED] property 'tags[]' of event 'Login Failed': max_length 9 was"
            + " added. Values already in column login_failed.tags may break the new rule");
  }

  @Test
  void eventVersionLowered() {
    assertThat(breaking("    version: 2\n", "    version: 1\n")).containsExactly(
        "tracking-plan.yaml:12:3: [EVENT_VERSION_LOWERED] event 'Logged Out' went back from version 2 to version 1."
            + " Senders of version 2 would be rejected, and table logged_out_v2 would no longer be filled. Versions"
            + " only go up: keep version: 2, or raise it to 3.");
  }

  @Test
  void traitChangesAdviseANewTraitNotANewVersion() {
    assertThat(breaking("email: {type: email}", "email: {type: string}")).containsExactly(
        "tracking-plan.yaml:18:5: [PROPERTY_TYPE_CHANGED] trait 'email' of people changed type from email to string."
            + " Column people.email holds email values, and senders that still send email values would be rejected."
            + " Keep 'email' (mark it deprecated: true) and add a trait with a new name and type string instead.");
  }

  @Test
  void nestedFieldRemoved() {
    assertThat(breaking("properties: {os: {type: string}}", "properties: {}")).containsExactly(
        "tracking-plan.yaml:11:7: [PROPERTY_REMOVED] property 'device.os' of event 'Login Failed' was removed. The"
            + " JSON in column login_failed.device still holds its data, and senders that still send it would be"
            + " rejected, because unknown properties are not accepted. Keep it with deprecated: true instead: it stays"
            + " accepted and is documented as deprecated.");
  }

  @Test
  void everyBreakingChangeIsReportedAtOnceAndNothingIsGenerated() {
    String changed = BASE.replace("version: 1\n", "version: 2\n")
        .replace("min: 1, max: 100", "min: 5, max: 100")
        .replace("      reason: {type: string, max_length: 50}\n", "")
        .replace("email: {type: email}", "email: {type: email, required: true}");
    assertThatThrownBy(() -> Plans.generate(Plans.load(changed), Optional.of(lock())))
        .isInstanceOf(BreakingChangeException.class)
        .satisfies(e -> assertThat(((BreakingChangeException) e).changes()).extracting(c -> c.kind().name())
            .containsExactly("PROPERTY_REMOVED", "CONSTRAINT_TIGHTENED", "PROPERTY_MADE_REQUIRED"))
        .hasMessageStartingWith("the plan has 3 breaking changes for the warehouse and existing senders; nothing was"
            + " generated:\ntracking-plan.yaml:5:3: [PROPERTY_REMOVED] property 'reason' of event 'Login Failed'");
  }
}
