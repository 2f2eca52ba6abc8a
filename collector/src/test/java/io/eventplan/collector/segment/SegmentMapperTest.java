package io.eventplan.collector.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.TestPlans;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The Segment -> envelope mapping of docs/collector.md, field by field. */
class SegmentMapperTest {
  private static final Instant RECEIVED = Instant.parse("2026-04-01T12:00:00Z");

  private final SegmentMapper mapper = new SegmentMapper(TestPlans.testPlan().tables());
  private final SegmentJson json = new SegmentJson();

  private Mapped map(MessageType type, String message) {
    return mapper.map(type, (ObjectNode) json.parse(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)), RECEIVED);
  }

  @Test
  void trackMapsSegmentFieldsOntoTheCommonProperties() {
    String id = UUID.randomUUID().toString();
    Mapped.Event event = (Mapped.Event) map(MessageType.TRACK, """
        {"event": "Logged In", "messageId": "%s", "userId": "u-1", "anonymousId": "a-1",
         "timestamp": "2026-03-01T10:00:00Z", "properties": {"type": "sso"},
         "context": {"page": {"url": "https://x.example/login"}, "ip": "1.2.3.4"}}""".formatted(id));

    assertThat(event.eventId()).isEqualTo(UUID.fromString(id));
    assertThat(json.text(event.envelope())).isEqualTo("{\"type\":\"sso\",\"event_id\":\"" + id
        + "\",\"timestamp\":\"2026-03-01T10:00:00Z\",\"user_id\":\"u-1\",\"url\":\"https://x.example/login\"}");
    assertThat(event.facts().anonymousId()).isEqualTo("a-1");
    assertThat(event.facts().context().get("ip").asString()).isEqualTo("1.2.3.4");
  }

  @Test
  void missingTimestampIsTheReceivedTimeAndMissingMessageIdARandomId() {
    Mapped.Event event = (Mapped.Event) map(MessageType.TRACK, "{\"event\": \"Logged Out\", \"userId\": \"u\"}");

    assertThat(event.envelope().get("timestamp").asString()).isEqualTo("2026-04-01T12:00:00Z");
    assertThat(event.eventId().version()).isEqualTo(4);
  }

  @Test
  void fieldsThePlansEventLacksStayOutOfTheEnvelope() {
    // Order Placed has no 'name' property; its message has no context.page.url
    Mapped.Event event = (Mapped.Event) map(MessageType.TRACK, """
        {"event": "Order Placed", "userId": "u", "name": "ignored", "properties": {"order": "O-12"}}""");

    assertThat(event.envelope().has("name")).isFalse();
    assertThat(event.envelope().has("url")).isFalse();
    assertThat(event.envelope().get("user_id").asString()).isEqualTo("u");
  }

  @Test
  void pageCallIsPageViewedWithNameAndPropertiesUrlFallback() {
    Mapped.Event event = (Mapped.Event) map(MessageType.PAGE, """
        {"name": "Home", "anonymousId": "a", "properties": {"url": "https://x.example/", "path": "/"}}""");

    assertThat(event.event().event()).isEqualTo("Page Viewed");
    assertThat(event.envelope().get("name").asString()).isEqualTo("Home");
    assertThat(event.envelope().get("url").asString()).isEqualTo("https://x.example/");
    assertThat(event.facts().url()).isEqualTo("https://x.example/");
  }

  @Test
  void identifyAndGroupNeedTheirIds() {
    Mapped.Traits person = (Mapped.Traits) map(MessageType.IDENTIFY, "{\"userId\": 42, \"traits\": {\"email\": \"a@b.co\"}}");
    Mapped.Invalid noGroup = (Mapped.Invalid) map(MessageType.GROUP, "{\"groupId\": \"\", \"traits\": {}}");

    assertThat(person.kind()).isEqualTo(Mapped.TraitsKind.PERSON);
    assertThat(person.key()).isEqualTo("42");
    assertThat(noGroup.violations()).extracting(v -> v.path() + " " + v.rule()).containsExactly("/groupId missingField");
  }

  @Test
  void nullFieldsAreAbsentAsAnalyticsJsSendsThem() {
    Mapped.Event event = (Mapped.Event) map(MessageType.PAGE, """
        {"type": "page", "userId": null, "anonymousId": "a-1", "messageId": "ajs-next-1-x", "name": null,
         "category": null, "properties": {"path": "/login", "url": "https://x.example/login", "referrer": null},
         "context": {"page": {"url": "https://x.example/login", "referrer": ""}}, "integrations": {}}""");

    assertThat(event.facts().userId()).isNull();
    assertThat(event.envelope().has("user_id")).isFalse();
    assertThat(event.envelope().has("name")).isFalse();
    // a null inside properties is the sender's property: the validators refuse it (null is never valid)
    assertThat(event.envelope().get("referrer").isNull()).isTrue();
  }

  @Test
  void wrongShapesAreReportedTogether() {
    Mapped.Invalid invalid = (Mapped.Invalid) map(MessageType.TRACK,
        "{\"event\": \"Logged In\", \"properties\": [1], \"userId\": {}, \"timestamp\": 5}");

    assertThat(invalid.eventName()).isEqualTo("Logged In");
    assertThat(invalid.violations()).extracting(v -> v.path() + " " + v.rule())
        .containsExactlyInAnyOrder("/properties fieldType", "/userId fieldType", "/timestamp fieldType");
  }

  @Test
  void aBadTimestampOfAnIdentifyIsAFormatViolation() {
    Mapped.Invalid invalid = (Mapped.Invalid) map(MessageType.IDENTIFY,
        "{\"userId\": \"u\", \"timestamp\": \"yesterday\", \"traits\": {}}");

    assertThat(invalid.violations()).extracting(v -> v.path() + " " + v.rule()).containsExactly("/timestamp format");
  }
}
