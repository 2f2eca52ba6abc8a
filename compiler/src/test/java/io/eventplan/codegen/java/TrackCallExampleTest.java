package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.sample.TrackCallExample;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example call of {@code eventplan:run}'s banner is valid: mapped onto the envelope as the collector maps a
 * Segment message (docs/collector.md: properties, then event_id, timestamp, userId and context.page.url), it
 * passes the validator generated from the same plan, for plans of every shape.
 */
class TrackCallExampleTest {

  @Test
  void theRootPlansLoginEventIsTheExample() {
    TrackingPlan plan = PlanLoader.load(Path.of("..", "tracking-plan.yaml"), "tracking-plan.yaml",
        CheckOptions.DEFAULT).orThrow();
    TrackCallExample example = TrackCallExample.of(plan).orElseThrow();
    assertThat(example.eventName()).isEqualTo("Logged In");
    assertThat(example.json()).isEqualTo("{\"type\":\"track\",\"event\":\"Logged In\",\"userId\":\"user-1\","
        + "\"properties\":{\"type\":\"password\"},\"context\":{\"page\":{\"url\":\"https://example.com/\"}}}");
    assertAccepted(plan, example);
  }

  @Test
  void aPlansOwnLoginEventWithNestedObjectsAndArraysIsFilledToTheLeaves() {
    TrackingPlan plan = GeneratedCode.load(String.join("\n",
        "plan: {name: Shop, version: 2}",
        "common_properties:",
        "  event_id: {type: uuid, required: true}",
        "  timestamp: {type: timestamp, required: true}",
        "  user_id: {type: string, max_length: 4}",
        "events:",
        "  Cart Viewed:",
        "    properties:",
        "      items: {type: integer, min: 5, required: true}",
        "  Session Started:",
        "    properties:",
        "      user_id: {required: true}",
        "      device:",
        "        type: object",
        "        required: true",
        "        properties:",
        "          os: {type: string, values: [ios, android], required: true}",
        "          screen: {type: object, required: true, properties: {width: {type: integer, min: 320, required: true}}}",
        "          model: {type: string}",
        "      tags: {type: array, required: true, min_items: 2, items: {type: string, min_length: 12}}",
        "      lines:",
        "        type: array",
        "        required: true",
        "        items: {type: object, properties: {sku: {type: string, pattern: '^S-', required: true, examples: [S-1]}}}",
        "      score: {type: number, min: 2.5, max: 3, required: true}",
        "      contact: {type: email, max_length: 14, required: true}",
        "      day: {type: date, required: true}",
        "      seen: {type: boolean, required: true}",
        "reports:",
        "  login_event: Session Started",
        ""));
    TrackCallExample example = TrackCallExample.of(plan).orElseThrow();
    assertThat(example.eventName()).isEqualTo("Session Started");
    assertThat(example.message().get("userId").stringValue()).isEqualTo("user");
    JsonNode properties = example.message().get("properties");
    assertThat(properties.get("device").toString()).isEqualTo("{\"os\":\"ios\",\"screen\":{\"width\":320}}");
    assertThat(properties.get("tags").size()).isEqualTo(2);
    assertThat(properties.get("lines").toString()).isEqualTo("[{\"sku\":\"S-1\"}]");
    assertAccepted(plan, example);
  }

  @Test
  void anEventWhoseRequiredPatternHasNoExampleIsPassedOver() {
    TrackingPlan plan = GeneratedCode.load(EveryTypePlan.YAML);
    TrackCallExample example = TrackCallExample.of(plan).orElseThrow();
    assertThat(example.eventName()).isEqualTo("Violation");
    assertAccepted(plan, example);
  }

  @Test
  void anEventIdTheCollectorCannotFillIsPassedOver() {
    TrackingPlan plan = GeneratedCode.load(String.join("\n",
        "plan: {name: Ids, version: 1}",
        "events:",
        "  Number Sent:",
        "    properties:",
        "      event_id: {type: integer, required: true}",
        "  Text Sent:",
        "    properties:",
        "      event_id: {type: string, required: true}",
        "      timestamp: {type: string}",
        "      url: {type: string, required: true}",
        ""));
    TrackCallExample example = TrackCallExample.of(plan).orElseThrow();
    assertThat(example.eventName()).isEqualTo("Text Sent");
    assertThat(example.message().at("/context/page/url").stringValue()).isEqualTo("example");
    assertAccepted(plan, example);
  }

  @Test
  void noExampleWhenEveryEventNeedsAGuessedPattern() {
    TrackingPlan plan = GeneratedCode.load(String.join("\n",
        "plan: {name: Codes, version: 1}",
        "events:",
        "  Code Entered:",
        "    properties:",
        "      code: {type: string, pattern: '^[A-Z]{3}$', required: true}",
        ""));
    assertThat(TrackCallExample.of(plan)).isEmpty();
  }

  /** Maps the call onto the envelope as the collector's SegmentMapper does and runs the generated validator. */
  private static void assertAccepted(TrackingPlan plan, TrackCallExample example) {
    EventPlan generated = (EventPlan) GeneratedCode.of(plan).newInstance("EventRegistry");
    EventDef event = plan.event(example.eventName()).orElseThrow();
    ObjectNode envelope = ((ObjectNode) example.message().get("properties")).deepCopy();
    putIfDefined(event, envelope, "event_id", envelope.stringNode("123e4567-e89b-12d3-a456-426614174000"));
    putIfDefined(event, envelope, "timestamp", envelope.stringNode("2026-12-05T03:40:00.123456Z"));
    Optional.ofNullable(example.message().get("userId")).ifPresent(id -> putIfDefined(event, envelope, "user_id", id));
    JsonNode url = example.message().at("/context/page/url");
    if (!url.isMissingNode()) {
      putIfDefined(event, envelope, "url", url);
    }
    ValidationResult<?> result = generated.validator(example.eventName()).orElseThrow()
        .validate(envelope.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(result.violations()).as("violations of %s", envelope).isEmpty();
  }

  private static void putIfDefined(EventDef event, ObjectNode envelope, String property, JsonNode value) {
    if (event.property(property).isPresent()) {
      envelope.set(property, value);
    }
  }
}
