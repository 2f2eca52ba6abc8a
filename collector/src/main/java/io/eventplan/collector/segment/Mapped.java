package io.eventplan.collector.segment;

import io.eventplan.collector.judge.Violation;
import io.eventplan.runtime.EventTable;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Segment message mapped onto the plan: an event to judge, traits to judge, a link between two ids,
 * or a refusal.
 */
public sealed interface Mapped permits Mapped.Event, Mapped.Traits, Mapped.Link, Mapped.Invalid {

  /**
   * A track, page or screen call of a plan event.
   *
   * @param envelope the event's effective properties, as the validators and the typed table see them
   */
  record Event(EventTable event, UUID eventId, ObjectNode envelope, Facts facts) implements Mapped {}

  /**
   * An identify call (people traits, keyed by userId) or a group call (company traits, keyed by
   * groupId).
   */
  record Traits(TraitsKind kind, String key, ObjectNode traits, Facts facts) implements Mapped {}

  /**
   * An alias call: {@code previousId} (an anonymous id, or a former user id) belongs to {@code userId}. The
   * plan has nothing to say about it.
   */
  record Link(String previousId, String userId, Facts facts) implements Mapped {}

  /** A message that cannot be judged at all; {@code eventName} is null when it has none. */
  record Invalid(String eventName, List<Violation> violations) implements Mapped {
    public Invalid {
      violations = List.copyOf(violations);
    }
  }

  /** Which traits a {@link Traits} message carries. */
  enum TraitsKind {
    PERSON,
    COMPANY
  }

  /**
   * What the warehouse keeps about any message besides its properties.
   *
   * @param timestamp ISO-8601 text: the message's {@code timestamp}, or the time it was received
   * @param context the message's context (batch context merged in), never null
   */
  record Facts(String userId, String anonymousId, String timestamp, String url, JsonNode context) {}
}
