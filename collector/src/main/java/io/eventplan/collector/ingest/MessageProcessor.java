package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.Judgement;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.segment.Mapped;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.segment.SegmentMapper;
import io.eventplan.collector.warehouse.EventRow;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.TraitsRow;
import io.eventplan.collector.warehouse.TypedRow;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one Segment message into what the warehouse must hold: map it onto the plan's envelope,
 * ask the judge, and make the rows of an accepted message or the rejected_events row of a refused
 * one. Pure: no I/O; the writer does the writing.
 */
public final class MessageProcessor {
  private final SegmentMapper mapper;
  private final EventJudge judge;
  private final SegmentJson json;
  private final JsonText jsonText;
  private final Rejections rejections;
  private final int planVersion;

  public MessageProcessor(SegmentMapper mapper, EventJudge judge, SegmentJson json, JsonText jsonText,
      Rejections rejections, int planVersion) {
    this.mapper = mapper;
    this.judge = judge;
    this.json = json;
    this.jsonText = jsonText;
    this.rejections = rejections;
    this.planVersion = planVersion;
  }

  /** The write for one message of a known call type (batch context merged in, write key removed). */
  public Write process(MessageType type, ObjectNode message, Instant receivedAt) {
    Mapped mapped = mapper.map(type, message, receivedAt);
    String messageId = text(message.get("messageId"));
    if (mapped instanceof Mapped.Invalid) {
      Mapped.Invalid invalid = (Mapped.Invalid) mapped;
      return rejections.reject(new Origin(receivedAt, type.wireName(), invalid.eventName(), messageId, message),
          invalid.violations());
    }
    if (mapped instanceof Mapped.Event) {
      return event((Mapped.Event) mapped, type, message, messageId, receivedAt);
    }
    return traits((Mapped.Traits) mapped, type, message, messageId, receivedAt);
  }

  /** The write for a message that could not be read as a call at all (e.g. an unknown type). */
  public Write refuse(String typeAsSent, JsonNode message, Instant receivedAt, List<Violation> violations) {
    String messageId = message.isObject() ? text(message.get("messageId")) : null;
    String eventName = message.isObject() ? text(message.get("event")) : null;
    return rejections.reject(new Origin(receivedAt, typeAsSent, eventName, messageId, message), violations);
  }

  private Write event(Mapped.Event event, MessageType type, ObjectNode message, String messageId,
      Instant receivedAt) {
    String name = event.event().name();
    Origin origin = new Origin(receivedAt, type.wireName(), name, messageId, message);
    Judgement judgement = judge.judgeEvent(name, json.bytes(event.envelope()));
    if (judgement instanceof Judgement.Rejected) {
      return rejections.reject(origin, ((Judgement.Rejected) judgement).violations());
    }
    Mapped.Facts facts = event.facts();
    EventRow row = new EventRow(event.eventId(), name, facts.userId(), facts.anonymousId(), facts.timestamp(),
        receivedAt, facts.url(), jsonText.text(event.envelope()), jsonText.text(facts.context()), planVersion);
    return new Write.StoreEvent(origin, row, new TypedRow(event.event(), event.eventId(), event.envelope()));
  }

  private Write traits(Mapped.Traits traits, MessageType type, ObjectNode message, String messageId,
      Instant receivedAt) {
    Origin origin = new Origin(receivedAt, type.wireName(), null, messageId, message);
    byte[] bytes = json.bytes(traits.traits());
    boolean person = traits.kind() == Mapped.TraitsKind.PERSON;
    Judgement judgement = person ? judge.judgePersonTraits(bytes) : judge.judgeCompanyTraits(bytes);
    if (judgement instanceof Judgement.Rejected) {
      return rejections.reject(origin, prefixed(((Judgement.Rejected) judgement).violations()));
    }
    TraitsRow row = new TraitsRow(traits.key(), traits.traits(), traits.facts().timestamp());
    return person ? new Write.UpsertPerson(origin, row)
        : new Write.UpsertCompany(origin, row, traits.facts().userId());
  }

  /** Trait violations point into the message's {@code traits} object. */
  private static List<Violation> prefixed(List<Violation> violations) {
    return violations.stream()
        .map(v -> new Violation("/traits" + v.path(), v.rule(), v.message()))
        .toList();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainer() ? null : node.asString();
  }
}
