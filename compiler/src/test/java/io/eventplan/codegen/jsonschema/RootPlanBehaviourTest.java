package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The root plan's schemas under networknt, on envelopes as the collector receives them: the common
 * properties and the event's own side by side, nothing else.
 */
class RootPlanBehaviourTest {

  private static final Map<String, String> SCHEMAS = TestPlans.schemas(TestPlans.rootPlan());

  private static final String LOGGED_IN = """
      {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2026-11-25T10:00:00Z",
       "user_id": "u_42", "url": "https://app.example.com/login", "type": "password"}
      """;

  @Test
  void loggedInEnvelopePasses() {
    assertThat(keywords("events/logged_in.json", LOGGED_IN)).isEmpty();
  }

  @Test
  void loggedInRequiresTheRefinedCommonProperties() {
    String anonymous = LOGGED_IN.replace("\"user_id\": \"u_42\", ", "");

    assertThat(keywords("events/logged_in.json", anonymous)).containsExactly("required");
  }

  @Test
  void theEventNameIsNotAMemberOfTheEnvelope() {
    String withName = LOGGED_IN.replace("{", "{\"event\": \"Logged In\", ");

    assertThat(keywords("events/logged_in.json", withName)).containsExactly("additionalProperties");
  }

  @Test
  void segmentsAnonymousIdIsNotAPlanProperty() {
    String withAnonymousId = LOGGED_IN.replace("{", "{\"anonymous_id\": \"a1\", ");

    assertThat(keywords("events/logged_in.json", withAnonymousId)).containsExactly("additionalProperties");
  }

  @Test
  void loginFailedNeedsNoUserAndBoundsTheAttempt() {
    String failed = """
        {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2026-11-25T10:00:00+01:00",
         "type": "sso", "reason": "sso_error", "attempt": %s}
        """;

    assertThat(keywords("events/login_failed.json", failed.formatted("1"))).isEmpty();
    assertThat(keywords("events/login_failed.json", failed.formatted("101"))).containsExactly("maximum");
    assertThat(keywords("events/login_failed.json", failed.formatted("0"))).containsExactly("minimum");
  }

  @Test
  void peopleTraitsCheckTheEmailFormat() {
    assertThat(keywords("people.json", "{\"email\": \"ada@example.com\", \"role\": \"admin\"}")).isEmpty();
    // the e-mail format is a pattern in $defs: every validator judges it alike
    assertThat(keywords("people.json", "{\"email\": \"ada.example.com\"}")).containsExactly("pattern");
    assertThat(keywords("people.json", "{\"email\": \"ada@example.com\", \"role\": \"owner\"}"))
        .containsExactly("enum");
  }

  @Test
  void companyTraitsRejectUnknownTraits() {
    assertThat(keywords("companies.json", "{\"name\": \"Acme\", \"employees\": 0}")).isEmpty();
    assertThat(keywords("companies.json", "{\"name\": \"Acme\", \"employees\": -1}")).containsExactly("minimum");
    assertThat(keywords("companies.json", "{\"name\": \"Acme\", \"vat\": \"X\"}"))
        .containsExactly("additionalProperties");
  }

  private static List<String> keywords(String file, String payload) {
    String schema = SCHEMAS.get(SchemaNames.resourcePath(file));
    return Networknt.compile(schema).validate(payload, InputFormat.JSON).stream().map(Error::getKeyword).toList();
  }
}
