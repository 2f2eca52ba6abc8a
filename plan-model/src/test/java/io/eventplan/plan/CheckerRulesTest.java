package io.eventplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.check.CheckOptions;
import org.junit.jupiter.api.Test;

/** One small plan per checker rule, asserting the exact message and location it reports. */
class CheckerRulesTest {

  @Test
  void unknownKey() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            descripton: x
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:6:5: [UNKNOWN_KEY] unknown key 'descripton' in event 'Thing Happened'. Did you"
            + " mean 'description'? Allowed keys: description, status, conversion, location, code,"
            + " version, properties.");
  }

  @Test
  void unknownType() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: strng}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:17: [UNKNOWN_TYPE] unknown type 'strng' for property 'p' of event 'Thing"
            + " Happened'. Did you mean 'string'? Types: string, integer, number, boolean, timestamp,"
            + " date, uuid, url, email, array, object.");
  }

  @Test
  void unknownTypeCase() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: String}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:17: [UNKNOWN_TYPE] unknown type 'String' for property 'p' of event 'Thing"
            + " Happened'. Did you mean 'string'? Types: string, integer, number, boolean, timestamp,"
            + " date, uuid, url, email, array, object.");
  }

  @Test
  void missingType() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {required: true}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:10: [MISSING_KEY] property 'p' of event 'Thing Happened' has no 'type'; add"
            + " one of: string, integer, number, boolean, timestamp, date, uuid, url, email, array,"
            + " object.");
  }

  @Test
  void valuesMismatch() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: integer, values: [1, two, 3.5]}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:38: [VALUE_TYPE_MISMATCH] in 'values' of property 'p' of event 'Thing"
            + " Happened': the text 'two' is not a whole number.",
        "plan.yaml:7:43: [VALUE_TYPE_MISMATCH] in 'values' of property 'p' of event 'Thing"
            + " Happened': the number 3.5 is not a whole number.");
  }

  @Test
  void minGreaterMax() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: number, min: 10.5, max: 2}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:25: [RANGE_INVALID] min (10.5) is greater than max (2), so no value could"
            + " pass; swap them or fix one.");
  }

  @Test
  void lengthRange() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, min_length: 5, max_length: 2}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:25: [RANGE_INVALID] min_length (5) is greater than max_length (2), so no"
            + " value could pass; swap them or fix one.");
  }

  @Test
  void patternInvalid() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, pattern: "a(b"}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:34: [PATTERN_INVALID] the pattern of property 'p' of event 'Thing Happened'"
            + " is not a valid regular expression: it has an unclosed group '(' (at index 1). Fix the expression"
            + " (the syntax is ECMAScript's, see docs/tracking-plan-format.md#patterns).");
  }

  @Test
  void patternPossessive() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, pattern: "a++"}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:34: [PATTERN_NOT_PORTABLE] the pattern of property 'p' of event 'Thing"
            + " Happened' uses a possessive quantifier (++), which ECMAScript lacks (at index 2); rewrite it"
            + " with the syntax of docs/tracking-plan-format.md#patterns.");
  }

  @Test
  void patternJavaClass() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, pattern: "\\\\p{javaLowerCase}+"}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:34: [PATTERN_NOT_PORTABLE] the pattern of property 'p' of event 'Thing"
            + " Happened' uses \\p{javaLowerCase}, which is not a general category (such as L, Lu or Letter)"
            + " (at index 0); rewrite it with the syntax of docs/tracking-plan-format.md#patterns.");
  }

  @Test
  void patternBackreference() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, pattern: "^(a+)\\\\1$"}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:34: [PATTERN_NOT_LINEAR] the pattern of property 'p' of event 'Thing Happened' uses a"
            + " backreference \\1 (at index 5), which cannot be matched in linear time, so one event could keep the"
            + " collector busy for minutes; rewrite the pattern without it.");
  }

  @Test
  void patternTooLarge() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, pattern: "^(?:[a-z]{1000}){100}$"}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:34: [PATTERN_TOO_LARGE] the pattern of property 'p' of event 'Thing Happened' has"
            + " repetitions that expand it to more than 20000 characters and classes (at index 0); use smaller"
            + " repetition counts, or min_length and max_length for lengths.");
  }

  @Test
  void refinementType() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        common_properties:
          user_id: {type: string}
        events:
          Thing Happened:
            properties:
              user_id: {type: integer, required: true}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:9:23: [REFINEMENT_CHANGES_TYPE] common property 'user_id' in event 'Thing"
            + " Happened' is declared as integer, but the common property is string (line 5); a"
            + " refinement cannot change the type. Remove 'type' here, or use a new property name.");
  }

  @Test
  void refinementKey() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        common_properties:
          user_id: {type: string}
        events:
          Thing Happened:
            properties:
              user_id: {max_length: 10}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:9:17: [REFINEMENT_KEY] event 'Thing Happened' may refine common property"
            + " 'user_id' only in 'required' and 'description', not 'max_length' (the common property is"
            + " defined at line 5). Change the common property, or give this property another name.");
  }

  @Test
  void referenceMissing() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              company: {type: string, references: companies}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:7: [UNKNOWN_REFERENCE] property 'company' of event 'Thing Happened'"
            + " references companies, but the plan has no 'companies' section; add companies: {traits:"
            + " ...} or remove 'references'.");
  }

  @Test
  void referenceUnknown() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              company: {type: string, references: teams}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:43: [UNKNOWN_REFERENCE] property 'company' of event 'Thing Happened'"
            + " references 'teams', which is not something a property can reference. Use 'people' (a"
            + " user id) or 'companies' (a company id).");
  }

  @Test
  void nameCollisionEvents() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Logged In: {}
          logged_in: {}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:6:3: [NAME_COLLISION] event 'logged_in' maps to the same table name 'logged_in'"
            + " as event 'Logged In' (line 5); rename one of them.",
        "plan.yaml:6:3: [EVENT_NAMING] warning: event name 'logged_in' does not follow the \"Object"
            + " Action\" convention: Title Case words ending in a past-tense verb, such as 'Feature Used'"
            + " or 'Logged In'. Rename it, or leave it if your team uses another convention.");
  }

  @Test
  void nameCollisionProps() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              userId: {type: string}
              user_id: {type: string}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:7: [PROPERTY_NAMING] warning: property 'userId' of event 'Thing Happened' is"
            + " not in snake_case; use 'user_id'.",
        "plan.yaml:8:7: [NAME_COLLISION] property 'user_id' of event 'Thing Happened' maps to the"
            + " same column name 'user_id' as property 'userId' (line 7); rename one of them.");
  }

  @Test
  void nameTooLong() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              this_is_a_very_long_property_name_that_goes_on_and_on_past_the_limit: {type: string}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:7: [NAME_TOO_LONG] property"
            + " 'this_is_a_very_long_property_name_that_goes_on_and_on_past_the_limit' of event 'Thing"
            + " Happened' maps to the column name"
            + " 'this_is_a_very_long_property_name_that_goes_on_and_on_past_the_limit', which is 68"
            + " bytes; PostgreSQL allows at most 63. Use a shorter name.");
  }

  @Test
  void nameEmpty() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          "!!!": {}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:5:3: [NAME_EMPTY] event '!!!' has no letters or digits, so no table, column or"
            + " code name can be made from it; rename it.");
  }

  @Test
  void constraintNotApplicable() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, min: 1}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:25: [CONSTRAINT_NOT_APPLICABLE] 'min' does not apply to property 'p' of event"
            + " 'Thing Happened' of type string (for text use min_length, for lists min_items).");
  }

  @Test
  void arrayNoItems() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: array}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:10: [MISSING_KEY] property 'p' of event 'Thing Happened' is an array but has"
            + " no 'items'; add for example items: {type: string}.");
  }

  @Test
  void badStatus() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            status: implmented
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:6:13: [INVALID_VALUE] 'status' of event 'Thing Happened' is 'implmented'; it"
            + " must be one of planned, implemented, deprecated. Did you mean 'implemented'?");
  }

  @Test
  void requiredNotBool() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, required: yes}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:35: [INVALID_VALUE] 'required' of property 'p' of event 'Thing Happened' must"
            + " be true or false, but it is the text 'yes'.");
  }

  @Test
  void exampleBad() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: timestamp, examples: ["2026-01-01", "2026-01-01T10:00:00Z"]}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:39: [VALUE_TYPE_MISMATCH] in 'examples' of property 'p' of event 'Thing"
            + " Happened': '2026-01-01' is not a timestamp with offset such as 2026-11-25T10:00:00Z.");
  }

  @Test
  void valueViolatesConstraint() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: string, max_length: 3, values: [abc, abcd]}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:54: [VALUE_CONSTRAINT] in 'values' of property 'p' of event 'Thing Happened':"
            + " 'abcd' is longer than max_length 3.");
  }

  @Test
  void namingWarnings() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          login:
            properties:
              UserName: {type: string}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:5:3: [EVENT_NAMING] warning: event name 'login' does not follow the \"Object"
            + " Action\" convention: Title Case words ending in a past-tense verb, such as 'Feature Used'"
            + " or 'Logged In'. Rename it, or leave it if your team uses another convention.",
        "plan.yaml:7:7: [PROPERTY_NAMING] warning: property 'UserName' of event 'login' is not in"
            + " snake_case; use 'user_name'.");
  }

  @Test
  void namingStrict() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          login: {}
        """;
    assertThat(Plans.load(yaml, CheckOptions.STRICT).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:5:3: [EVENT_NAMING] event name 'login' does not follow the \"Object Action\""
            + " convention: Title Case words ending in a past-tense verb, such as 'Feature Used' or"
            + " 'Logged In'. Rename it.");
  }

  @Test
  void missingPlan() {
    String yaml =
        """
        events:
          Thing Happened: {}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:1:1: [MISSING_KEY] the tracking plan has no 'plan' section; add plan: {name:"
            + " ..., version: 1}.");
  }

  @Test
  void missingEvents() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:1:1: [MISSING_KEY] the tracking plan has no 'events' section; add events: with"
            + " at least one event.");
  }

  @Test
  void commaInFlowDescription() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        common_properties:
          timestamp: {type: timestamp, required: true, description: When it happened, ISO-8601 with offset.}
        events:
          Thing Happened: {}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:5:79: [UNKNOWN_KEY] unknown key 'ISO-8601 with offset.' in property 'timestamp'"
            + " of the common properties. A comma inside { } ends a value: put text that contains commas"
            + " in quotes. Allowed keys: type, description, required, values, examples, pattern, min,"
            + " max, min_length, max_length, min_items, max_items, items, properties, pii, deprecated,"
            + " references.");
  }

  @Test
  void intOutOfRange() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: integer, max: 9223372036854775808}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:31: [INTEGER_NOT_SAFE] 'max' of property 'p' of event 'Thing Happened' is"
            + " 9223372036854775808, beyond the safe integers -9007199254740991 to 9007199254740991 that JavaScript"
            + " holds exactly, so the snippet, the JSON Schema and the collector would judge values near it"
            + " differently; use a bound within that range (an integer without one is limited to it anyway), or a"
            + " string property for 64-bit ids.");
  }

  @Test
  void intValueBeyondSafeRange() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          Thing Happened:
            properties:
              p: {type: integer, values: [1, 9007199254740992]}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:7:38: [INTEGER_NOT_SAFE] in 'values' of property 'p' of event 'Thing Happened': the number"
            + " 9007199254740992 is beyond the safe integers -9007199254740991 to 9007199254740991, which JavaScript"
            + " cannot hold exactly; use a smaller value, or a string property for 64-bit ids.");
  }

  @Test
  void wrongShapeEvents() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          - Thing Happened
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:5:3: [WRONG_SHAPE] 'events' must be a mapping (Event Name: {description: ...}),"
            + " but it is a list.");
  }

  @Test
  void typeCollisionCaseInsensitive() {
    String yaml =
        """
        plan:
          name: Test
          version: 1
        events:
          A B Happened: {}
          AB Happened: {}
        """;
    assertThat(Plans.load(yaml).diagnostics()).map(Diagnostic::toString).containsExactly(
        "plan.yaml:6:3: [NAME_COLLISION] event 'AB Happened' maps to the same Java/TypeScript type"
            + " name 'AbHappened' (file names ignore case on some systems) as event 'A B Happened' (line"
            + " 5); rename one of them.");
  }
}
