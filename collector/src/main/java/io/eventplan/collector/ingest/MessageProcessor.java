package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.CollectorRules;
import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.Judgement;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.segment.Mapped;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.segment.NulCharacters;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.segment.SegmentMapper;
import io.eventplan.collector.warehouse.AliasRow;
import io.eventplan.collector.warehouse.EventRow;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.TraitsRow;
import io.eventplan.collector.warehouse.TypedRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one Segment message into what the warehouse must hold: map it onto the plan's envelope,
 * ask the judge, and make the rows of an accepted message or the rejected_events row of a refused
 * one (an alias call is not judged: it only links two ids). Pure: no I/O; the writer does the writing.
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
  public Write process(MessageType type, ObjectNode message, Received received) {
    Optional<String> nul = NulCharacters.find(message);
    if (nul.isPresent()) {
      return rejections.reject(Origin.of(received, type.wireName(), text(message.get("event")), message),
          List.of(new Violation(nul.get(), CollectorRules.NUL_CHARACTER, NulCharacters.MESSAGE)));
    }
    Mapped mapped = mapper.map(type, message, received.at());
    if (mapped instanceof Mapped.Invalid) {
      Mapped.Invalid invalid = (Mapped.Invalid) mapped;
      return rejections.reject(Origin.of(received, type.wireName(), invalid.eventName(), message),
          invalid.violations());
    }
    if (mapped instanceof Mapped.Event) {
      return event((Mapped.Event) mapped, type, message, received);
    }
    if (mapped instanceof Mapped.Link) {
      Mapped.Link link = (Mapped.Link) mapped;
      return new Write.LinkIds(Origin.of(received, type.wireName(), null, message),
          new AliasRow(link.previousId(), link.userId(), link.facts().timestamp()));
    }
    return traits((Mapped.Traits) mapped, type, message, received);
  }

  /** The write for a message that could not be read as a call at all (e.g. an unknown type). */
  public Write refuse(JsonNode message, Received received, List<Violation> violations) {
    String eventName = message.isObject() ? text(message.get("event")) : null;
    String type = message.isObject() ? text(message.get("type")) : null;
    return rejections.reject(Origin.of(received, type, eventName, message), violations);
  }

  /** The write for a body that is not JSON at all, kept as received. */
  public Write refuseRaw(String body, Received received, List<Violation> violations) {
    return rejections.reject(new Origin(received, null, null, null, body), violations);
  }

  private Write event(Mapped.Event event, MessageType type, ObjectNode message, Received received) {
    String name = event.event().event();
    Origin origin = Origin.of(received, type.wireName(), name, message);
    byte[] envelope = json.bytes(event.envelope());
    Judgement judgement = judge.judgeEvent(name, envelope);
    if (judgement instanceof Judgement.Rejected) {
      return rejections.reject(origin, ((Judgement.Rejected) judgement).violations());
    }
    Mapped.Facts facts = event.facts();
    EventRow row = new EventRow(event.eventId(), name, event.event().version(), facts.userId(), facts.anonymousId(),
        facts.timestamp(), received.at(), facts.url(), new String(envelope, StandardCharsets.UTF_8),
        jsonText.text(facts.context()),
        planVersion);
    TypedRow typed = new TypedRow(event.event(), event.eventId(), received.at(), facts.anonymousId(), planVersion,
        event.envelope());
    return new Write.StoreEvent(origin, row, typed);
  }

  private Write traits(Mapped.Traits traits, MessageType type, ObjectNode message, Received received) {
    Origin origin = Origin.of(received, type.wireName(), null, message);
    byte[] bytes = json.bytes(traits.traits());
    boolean person = traits.kind() == Mapped.TraitsKind.PERSON;
    Judgement judgement = person ? judge.judgePersonTraits(bytes) : judge.judgeCompanyTraits(bytes);
    if (judgement instanceof Judgement.Rejected) {
      return rejections.reject(origin, prefixed(((Judgement.Rejected) judgement).violations()));
    }
    TraitsRow row = new TraitsRow(traits.key(), traits.traits(), traits.facts().timestamp());
    if (!person) {
      return new Write.UpsertCompany(origin, row, traits.facts().userId());
    }
    // identify with an anonymousId says the visitor and the user are one person, as an alias call would
    String anonymousId = traits.facts().anonymousId();
    AliasRow link = anonymousId == null || anonymousId.equals(traits.key()) ? null
        : new AliasRow(anonymousId, traits.key(), traits.facts().timestamp());
    return new Write.UpsertPerson(origin, row, link);
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
