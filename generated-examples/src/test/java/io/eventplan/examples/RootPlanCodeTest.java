package io.eventplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventplan.examples.events.EventRegistry;
import io.eventplan.examples.events.LoggedIn;
import io.eventplan.examples.events.LoggedInValidator;
import io.eventplan.examples.events.LoginFailed;
import io.eventplan.examples.events.LoginFailedValidator;
import io.eventplan.examples.events.PeopleTraits;
import io.eventplan.examples.events.SignedUp;
import io.eventplan.runtime.ValidationResult;
import io.eventplan.runtime.Violation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The code generated from the root tracking-plan.yaml, used as an application would use it. */
class RootPlanCodeTest {
  private static final String LOGGED_IN = """
      {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2026-11-25T10:00:00Z",
       "user_id": "u_42", "url": "https://app.example.com/login", "type": "password"}
      """;

  private final EventRegistry registry = new EventRegistry();

  @Test
  void theRegistryKnowsThePlanAndEveryEvent() {
    assertThat(registry.planName()).isEqualTo("Event Data Project");
    assertThat(registry.planVersion()).isEqualTo(1);
    assertThat(registry.validators().keySet())
        .containsExactly("Logged In", "Signed Up", "Logged Out", "Feature Used", "Login Failed");
    assertThat(registry.validator("Logged In")).containsInstanceOf(LoggedInValidator.class);
    assertThat(registry.validator("logged in")).isEmpty();
    assertThat(registry.people().eventName()).isEqualTo("people");
  }

  @Test
  void aValidEventBecomesATypedRecord() {
    ValidationResult<LoggedIn> result = new LoggedInValidator().validate(bytes(LOGGED_IN));

    assertThat(result.isValid()).isTrue();
    LoggedIn event = result.value();
    assertThat(event.eventId()).isEqualTo(UUID.fromString("0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69"));
    assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(event.userId()).isEqualTo("u_42");
    assertThat(event.url()).isEqualTo(URI.create("https://app.example.com/login"));
    assertThat(event.type()).isEqualTo(LoggedIn.Type.PASSWORD);
    assertThat(event.type().wire()).isEqualTo("password");
    assertThat(LoggedIn.Type.fromWire("magic_link")).isEqualTo(LoggedIn.Type.MAGIC_LINK);
  }

  @Test
  void optionalPropertiesAreNullWhenLeftOut() {
    LoginFailed failed = new LoginFailedValidator().validate(bytes("""
        {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2026-11-25T10:00:00+01:00",
         "type": "sso", "reason": "sso_error", "attempt": 3}
        """)).value();

    assertThat(failed.attempt()).isEqualTo(3L);
    assertThat(failed.reason()).isEqualTo(LoginFailed.Reason.SSO_ERROR);
    assertThat(failed.url()).isNull();
    assertThat(failed.timestamp()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
  }

  @Test
  void anInvalidEventReportsEveryViolation() {
    ValidationResult<?> result = registry.validator("Signed Up").orElseThrow().validate(bytes("""
        {"event_id": "not-a-uuid", "timestamp": "2026-11-25T10:00:00Z", "signup_method": "fax",
         "plan": null, "coupon": "X"}
        """));

    assertThat(result.value()).isNull();
    assertThat(result.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
        tuple("/event_id", "format"), tuple("/signup_method", "enum"), tuple("/plan", "type"),
        tuple("/coupon", "additionalProperties"), tuple("/user_id", "required"));
  }

  @Test
  void aStreamOfEventsIsReadOneAfterAnother() {
    String stream = LOGGED_IN + LOGGED_IN.replace("password", "sso") + LOGGED_IN.replace("password", "fax");
    LoggedInValidator validator = new LoggedInValidator();
    List<Object> types = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), bytes(stream))) {
      for (int i = 0; i < 3; i++) {
        ValidationResult<LoggedIn> result = validator.validate(parser);
        types.add(result.isValid() ? result.value().type() : result.violations().get(0).rule());
      }
    }
    assertThat(types).containsExactly(LoggedIn.Type.PASSWORD, LoggedIn.Type.SSO, "enum");
  }

  @Test
  void traitsHaveTheirOwnValidators() {
    PeopleTraits person = registry.people().validate(bytes("""
        {"email": "ada@example.com", "role": "admin", "created_at": "2026-01-05T08:00:00Z"}
        """)).value();

    assertThat(person.email()).isEqualTo("ada@example.com");
    assertThat(person.role()).isEqualTo(PeopleTraits.Role.ADMIN);
    assertThat(registry.companies().validate(bytes("{\"employees\": -1, \"name\": \"ACME\"}")).violations())
        .extracting(Violation::path, Violation::rule).containsExactly(tuple("/employees", "minimum"));
    assertThat(SignedUp.Plan.values()).extracting(SignedUp.Plan::wire).containsExactly("free", "team", "enterprise");
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
