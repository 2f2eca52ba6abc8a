package io.eventplan.collector.segment;

import io.eventplan.collector.judge.CollectorRules;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.segment.Mapped.Facts;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a Segment message onto the plan's envelope (the mapping table is in docs/collector.md):
 * {@code properties.*} become the event's own properties, then {@code messageId -> event_id},
 * {@code timestamp -> timestamp}, {@code userId -> user_id} and {@code context.page.url -> url} are
 * set, each only when the plan's event has that property (so a plan without {@code url} never sees
 * an unexpected member). A page call is the plan event {@value #PAGE_EVENT}, a screen call the plan
 * event {@value #SCREEN_EVENT}, each with its {@code name} and {@code category} as properties of those
 * names. An alias call links its {@code previousId} to its {@code userId}.
 */
public final class SegmentMapper {
  /** The plan event a page call is judged as. */
  public static final String PAGE_EVENT = "Page Viewed";
  /** The plan event a screen call is judged as. */
  public static final String SCREEN_EVENT = "Screen Viewed";

  private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
      .toFormatter();

  private final PlanTables plan;

  public SegmentMapper(PlanTables plan) {
    this.plan = plan;
  }

  /**
   * Maps one message. The message has its batch context merged in already and no writeKey.
   *
   * @param receivedAt when the collector received it: the timestamp of a message that has none
   */
  public Mapped map(MessageType type, ObjectNode message, Instant receivedAt) {
    List<Violation> problems = new ArrayList<>();
    Fields fields = new Fields(message, problems);
    String timestamp = fields.text("timestamp");
    ObjectNode context = fields.object("context");
    Facts facts = new Facts(fields.id("userId"), fields.id("anonymousId"),
        timestamp == null ? receivedAt.toString() : timestamp, pageUrl(message),
        context == null ? JsonNodeFactory.instance.objectNode() : context);
    switch (type) {
      case TRACK:
        return event(fields.requiredText("event"), message, fields, facts, problems, type);
      case PAGE:
        return event(PAGE_EVENT, message, fields, facts, problems, type);
      case SCREEN:
        return event(SCREEN_EVENT, message, fields, facts, problems, type);
      case IDENTIFY:
        return traits(Mapped.TraitsKind.PERSON, fields.requiredId("userId"), "traits", fields, facts, problems);
      case GROUP:
        return traits(Mapped.TraitsKind.COMPANY, fields.requiredId("groupId"), "traits", fields, facts, problems);
      case ALIAS:
        return link(fields.requiredId("previousId"), fields.requiredId("userId"), facts, problems);
      default:
        throw new IllegalArgumentException("unmapped message type " + type);
    }
  }

  private Mapped event(String eventName, ObjectNode message, Fields fields, Facts facts,
      List<Violation> problems, MessageType type) {
    ObjectNode properties = fields.object("properties");
    if (eventName == null || !problems.isEmpty()) {
      return new Mapped.Invalid(eventName, problems);
    }
    Optional<EventTable> found = plan.event(eventName);
    if (found.isEmpty()) {
      return new Mapped.Invalid(eventName, List.of(new Violation("/event", CollectorRules.UNKNOWN_EVENT,
          "the plan has no event named '" + eventName + "'" + namedFor(type))));
    }
    EventTable event = found.get();
    String messageId = fields.id("messageId");
    UUID eventId = messageId == null ? UUID.randomUUID() : EventIds.fromMessageId(messageId);
    ObjectNode envelope = properties == null ? JsonNodeFactory.instance.objectNode() : properties.deepCopy();
    if (type == MessageType.PAGE || type == MessageType.SCREEN) {
      putIfDefined(event, envelope, "name", fields.field("name"));
      putIfDefined(event, envelope, "category", fields.field("category"));
    }
    putIfDefined(event, envelope, "event_id", JsonNodeFactory.instance.stringNode(eventId.toString()));
    putIfDefined(event, envelope, "timestamp", JsonNodeFactory.instance.stringNode(facts.timestamp()));
    if (facts.userId() != null) {
      putIfDefined(event, envelope, "user_id", JsonNodeFactory.instance.stringNode(facts.userId()));
    }
    JsonNode contextUrl = message.path("context").path("page").path("url");
    if (contextUrl.isString()) {
      putIfDefined(event, envelope, "url", contextUrl);
    }
    if (!event.hasProperty("timestamp")) {
      checkTimestamp(facts.timestamp(), problems);
    }
    if (!problems.isEmpty()) {
      return new Mapped.Invalid(eventName, problems);
    }
    return new Mapped.Event(event, eventId, envelope, withEnvelopeFacts(facts, envelope));
  }

  private Mapped traits(Mapped.TraitsKind kind, String key, String member, Fields fields, Facts facts,
      List<Violation> problems) {
    ObjectNode traits = fields.object(member);
    checkTimestamp(facts.timestamp(), problems);
    if (key == null || !problems.isEmpty()) {
      return new Mapped.Invalid(null, problems);
    }
    boolean inPlan = kind == Mapped.TraitsKind.PERSON ? plan.people().isPresent() : plan.companies().isPresent();
    if (!inPlan) {
      return new Mapped.Invalid(null, List.of(new Violation("", CollectorRules.NO_TRAITS_IN_PLAN,
          "the plan has no '" + (kind == Mapped.TraitsKind.PERSON ? "people" : "companies")
              + "' section, so " + (kind == Mapped.TraitsKind.PERSON ? "identify" : "group")
              + " calls cannot be stored")));
    }
    return new Mapped.Traits(kind, key,
        traits == null ? JsonNodeFactory.instance.objectNode() : traits.deepCopy(), facts);
  }

  /** Why a page or screen call names an event the plan may not have. */
  private static String namedFor(MessageType type) {
    if (type == MessageType.PAGE) {
      return " (page calls are the plan event '" + PAGE_EVENT + "'; add it to the plan to keep them)";
    }
    if (type == MessageType.SCREEN) {
      return " (screen calls are the plan event '" + SCREEN_EVENT + "'; add it to the plan to keep them)";
    }
    return "";
  }

  private static Mapped link(String previousId, String userId, Facts facts, List<Violation> problems) {
    checkTimestamp(facts.timestamp(), problems);
    if (previousId == null || userId == null || !problems.isEmpty()) {
      return new Mapped.Invalid(null, problems);
    }
    return new Mapped.Link(previousId, userId, facts);
  }

  private static void putIfDefined(EventTable event, ObjectNode envelope, String property, JsonNode value) {
    if (value != null && !value.isMissingNode() && event.hasProperty(property)) {
      envelope.set(property, value);
    }
  }

  /** The events row takes user_id and url from the envelope when the sender put them there. */
  private static Facts withEnvelopeFacts(Facts facts, ObjectNode envelope) {
    String userId = facts.userId() != null ? facts.userId() : textOrNull(envelope.get("user_id"));
    String url = textOrNull(envelope.get("url"));
    return new Facts(userId, facts.anonymousId(), facts.timestamp(), url != null ? url : facts.url(),
        facts.context());
  }

  private static String pageUrl(ObjectNode message) {
    JsonNode url = message.path("context").path("page").path("url");
    if (url.isString()) {
      return url.stringValue();
    }
    return textOrNull(message.path("properties").get("url"));
  }

  private static void checkTimestamp(String timestamp, List<Violation> problems) {
    try {
      ISO_DATE_TIME.parse(timestamp);
    } catch (DateTimeParseException e) {
      problems.add(new Violation("/timestamp", "format",
          "timestamp must be an ISO-8601 date-time with an offset, e.g. 2026-01-31T12:00:00Z"));
    }
  }

  private static String textOrNull(JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : null;
  }

  private record Fields(ObjectNode message, List<Violation> problems) {

    /** A Segment field; JSON null counts as absent (analytics.js sends "userId": null). */
    JsonNode field(String name) {
      JsonNode node = message.get(name);
      return node == null || node.isNull() ? null : node;
    }

    /** A string member; null when absent; a problem when present with another type. */
    String text(String name) {
      JsonNode node = field(name);
      if (node == null) {
        return null;
      }
      if (!node.isString()) {
        problems.add(new Violation("/" + name, CollectorRules.FIELD_TYPE, name + " must be a string"));
        return null;
      }
      return node.stringValue();
    }

    String requiredText(String name) {
      String value = text(name);
      if (value == null || value.isBlank()) {
        missing(name);
        return null;
      }
      return value;
    }

    /** An id: Segment's libraries send strings; a number is taken as its decimal text. */
    String id(String name) {
      JsonNode node = field(name);
      if (node == null) {
        return null;
      }
      if (node.isIntegralNumber()) {
        return node.asString();
      }
      if (!node.isString()) {
        problems.add(new Violation("/" + name, CollectorRules.FIELD_TYPE, name + " must be a string"));
        return null;
      }
      return node.stringValue().isEmpty() ? null : node.stringValue();
    }

    String requiredId(String name) {
      JsonNode node = field(name);
      String value = id(name);
      if (value == null && (node == null || node.isString())) {
        missing(name);
      }
      return value;
    }

    ObjectNode object(String name) {
      JsonNode node = field(name);
      if (node == null) {
        return null;
      }
      if (!node.isObject()) {
        problems.add(new Violation("/" + name, CollectorRules.FIELD_TYPE, name + " must be a JSON object"));
        return null;
      }
      return (ObjectNode) node;
    }

    private void missing(String name) {
      problems.add(new Violation("/" + name, CollectorRules.MISSING_FIELD,
          name + " is required and must not be empty"));
    }
  }
}
