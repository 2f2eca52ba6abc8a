package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The root tracking-plan.yaml: generated validators compile and judge real events. */
class RootPlanTest {
  private static GeneratedCode code;

  @BeforeAll
  static void emit() {
    TrackingPlan plan =
        PlanLoader.load(Path.of("..", "tracking-plan.yaml"), "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow();
    code = GeneratedCode.of(plan);
  }

  @Test
  void validLoggedInGivesTheTypedRecord() {
    GeneratedCode.Outcome outcome =
        code.validate(
            "LoggedInValidator",
            "{\"event_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"timestamp\":\"2024-01-31T12:00:00.5+01:00\","
                + "\"user_id\":\"u1\",\"url\":\"https://example.com/login\",\"type\":\"magic_link\"}");
    assertThat(outcome.problems()).isEmpty();
    Object event = outcome.value();
    assertThat(GeneratedCode.get(event, "eventId")).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    assertThat(GeneratedCode.get(event, "timestamp")).isEqualTo(Instant.parse("2024-01-31T11:00:00.5Z"));
    assertThat(GeneratedCode.get(event, "userId")).isEqualTo("u1");
    assertThat(GeneratedCode.get(event, "url")).isEqualTo(URI.create("https://example.com/login"));
    assertThat(GeneratedCode.get(GeneratedCode.get(event, "type"), "wire")).isEqualTo("magic_link");
  }
}
