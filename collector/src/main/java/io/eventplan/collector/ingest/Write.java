package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.warehouse.AliasRow;
import io.eventplan.collector.warehouse.EventRow;
import io.eventplan.collector.warehouse.RejectedRow;
import io.eventplan.collector.warehouse.TraitsRow;
import io.eventplan.collector.warehouse.TypedRow;
import java.util.List;

/** What one message becomes in the warehouse. */
public sealed interface Write
    permits Write.StoreEvent, Write.UpsertPerson, Write.UpsertCompany, Write.LinkIds, Write.Reject {

  Origin origin();

  /** An accepted track, page or screen call: its events row and its typed-table row. */
  record StoreEvent(Origin origin, EventRow event, TypedRow typed) implements Write {}

  /**
   * An accepted identify call; the upsert itself moves last_seen_at forward.
   *
   * @param link the call's anonymousId belongs to its userId; null when the call has no anonymousId
   */
  record UpsertPerson(Origin origin, TraitsRow person, AliasRow link) implements Write {}

  /** An accepted group call; a known {@code userId} of the call has its last_seen_at moved forward. */
  record UpsertCompany(Origin origin, TraitsRow company, String userId) implements Write {}

  /** An alias call: a previous id belongs to a user. */
  record LinkIds(Origin origin, AliasRow link) implements Write {}

  /** A refused message, kept with every reason. */
  record Reject(Origin origin, RejectedRow row, List<Violation> violations) implements Write {
    public Reject {
      violations = List.copyOf(violations);
    }
  }
}
