package io.eventplan.collector.ingest;

import io.eventplan.collector.db.SqlErrors;
import io.eventplan.collector.judge.CollectorRules;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.warehouse.AliasRow;
import io.eventplan.collector.warehouse.AliasesTable;
import io.eventplan.collector.warehouse.ColumnValues;
import io.eventplan.collector.warehouse.CopyText;
import io.eventplan.collector.warehouse.EventsTable;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.PeopleTable;
import io.eventplan.collector.warehouse.RejectedEventsTable;
import io.eventplan.collector.warehouse.TypedTable;
import io.eventplan.collector.warehouse.Warehouse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a group of messages inside a transaction the caller opened and commits: companies, people,
 * aliases, events and their typed rows, last-seen times, rejected events. The fast path
 * copies events and refusals in with COPY; the idempotent path sends every table's rows as one JDBC batch
 * (multi-row INSERTs that skip repeated event ids); if PostgreSQL refuses a row,
 * {@link #writeOneByOne} writes the group again one message at a time, each behind a savepoint,
 * and keeps each refused message in {@code rejected_events} so that the rest is still stored.
 */
final class GroupTransaction {
  private final Warehouse warehouse;
  private final JsonText json;
  private final Rejections rejections;

  GroupTransaction(Warehouse warehouse, JsonText json, Rejections rejections) {
    this.warehouse = warehouse;
    this.json = json;
    this.rejections = rejections;
  }

  /**
   * The fast path: like {@link #writeBatched}, but events, their typed rows and refusals go in by plain COPY.
   * COPY cannot skip a repeated event id, so it fails (unique violation, a data error) when an event
   * was stored before; the caller then rolls back and uses {@link #writeBatched}. An event id twice
   * in the group is written once here, as the idempotent INSERT would.
   */
  void writeCopied(Connection connection, List<Write> writes) throws SQLException {
    write(connection, writes, true);
  }

  /** Writes everything as batches; any SQLException leaves the transaction for the caller to roll back. */
  void writeBatched(Connection connection, List<Write> writes) throws SQLException {
    write(connection, writes, false);
  }

  private void write(Connection connection, List<Write> writes, boolean copy) throws SQLException {
    List<Write.UpsertCompany> companies = new ArrayList<>();
    List<Write.UpsertPerson> people = new ArrayList<>();
    List<Write> links = new ArrayList<>();
    List<Write.StoreEvent> events = new ArrayList<>();
    List<Write.Reject> rejects = new ArrayList<>();
    for (Write write : writes) {
      if (write instanceof Write.UpsertCompany) {
        companies.add((Write.UpsertCompany) write);
      } else if (write instanceof Write.UpsertPerson) {
        people.add((Write.UpsertPerson) write);
        if (((Write.UpsertPerson) write).link() != null) {
          links.add(write);
        }
      } else if (write instanceof Write.LinkIds) {
        links.add(write);
      } else if (write instanceof Write.StoreEvent) {
        events.add((Write.StoreEvent) write);
      } else {
        rejects.add((Write.Reject) write);
      }
    }
    // Companies, people, links, then events before their typed rows (the order a foreign key needs).
    if (!companies.isEmpty()) {
      upsertInRounds(connection, warehouse.companies().upsertSql(), companies, w -> w.company().key(),
          (s, w) -> warehouse.companies().bindUpsert(s, w.company(), json));
    }
    if (!people.isEmpty()) {
      upsertInRounds(connection, warehouse.people().upsertSql(), people, w -> w.person().key(),
          (s, w) -> warehouse.people().bindUpsert(s, w.person(), json));
    }
    if (!links.isEmpty()) {
      upsertInRounds(connection, AliasesTable.UPSERT, links, w -> link(w).previousId(),
          (s, w) -> AliasesTable.bindUpsert(s, link(w), w.origin().received().at()));
    }
    if (copy) {
      copyEvents(connection, events);
    } else {
      insertEvents(connection, events);
    }
    touchKnownUsers(connection, writes);
    if (copy) {
      copyRejects(connection, rejects);
    } else {
      batch(connection, RejectedEventsTable.INSERT, rejects, (s, w) -> RejectedEventsTable.bindInsert(s, w.row()));
    }
  }

  private void insertEvents(Connection connection, List<Write.StoreEvent> events) throws SQLException {
    batch(connection, EventsTable.INSERT, events, (s, w) -> EventsTable.bindInsert(s, w.event()));
    for (Map.Entry<TypedTable, List<Write.StoreEvent>> table : byTable(events).entrySet()) {
      batch(connection, table.getKey().insertSql(), table.getValue(),
          (s, w) -> table.getKey().bindInsert(s, w.typed(), json));
    }
  }

  private void copyEvents(Connection connection, List<Write.StoreEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    Map<UUID, Write.StoreEvent> unique = new LinkedHashMap<>();
    events.forEach(event -> unique.putIfAbsent(event.event().eventId(), event));
    List<Write.StoreEvent> once = new ArrayList<>(unique.values());
    CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
    CopyText eventRows = new CopyText(once.size());
    once.forEach(event -> EventsTable.appendCopyRow(eventRows, event.event()));
    copy(copier, EventsTable.COPY, eventRows);
    for (Map.Entry<TypedTable, List<Write.StoreEvent>> table : byTable(once).entrySet()) {
      CopyText typedRows = new CopyText(table.getValue().size());
      table.getValue().forEach(event -> table.getKey().appendCopyRow(typedRows, event.typed(), json));
      copy(copier, table.getKey().copySql(), typedRows);
    }
  }

  /** Refusals by one COPY, so that the summary trigger on rejected_events runs once per group, not per row. */
  private static void copyRejects(Connection connection, List<Write.Reject> rejects) throws SQLException {
    if (rejects.isEmpty()) {
      return;
    }
    CopyText rows = new CopyText(rejects.size());
    rejects.forEach(reject -> RejectedEventsTable.appendCopyRow(rows, reject.row()));
    copy(connection.unwrap(PGConnection.class).getCopyAPI(), RejectedEventsTable.COPY, rows);
  }

  private static void copy(CopyManager copier, String sql, CopyText rows) throws SQLException {
    try {
      copier.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      // reading from a byte array does not fail; a broken connection surfaces as an SQLException
      throw new UncheckedIOException(e);
    }
  }

  private Map<TypedTable, List<Write.StoreEvent>> byTable(List<Write.StoreEvent> events) {
    Map<TypedTable, List<Write.StoreEvent>> byTable = new LinkedHashMap<>();
    for (Write.StoreEvent event : events) {
      byTable.computeIfAbsent(warehouse.typedTable(event.typed().event()), t -> new ArrayList<>()).add(event);
    }
    return byTable;
  }

  /**
   * Writes the messages one by one, each behind a savepoint. A message whose rows PostgreSQL refuses
   * goes to {@code rejected_events} instead, with the refusal as its reason.
   */
  List<WriteOutcome> writeOneByOne(Connection connection, List<Write> writes) throws SQLException {
    List<WriteOutcome> outcomes = new ArrayList<>(writes.size());
    for (Write write : writes) {
      Savepoint savepoint = connection.setSavepoint();
      try {
        writeBatched(connection, List.of(write));
        connection.releaseSavepoint(savepoint);
        outcomes.add(outcomeOf(write));
      } catch (SQLException e) {
        if (!SqlErrors.isDataError(e) || write instanceof Write.Reject) {
          throw e;
        }
        connection.rollback(savepoint);
        List<Violation> reasons = List.of(new Violation("", CollectorRules.WAREHOUSE,
            "the warehouse refused the event: " + SqlErrors.refusal(e)));
        Write.Reject reject = rejections.reject(write.origin(), reasons);
        writeBatched(connection, List.of(reject));
        outcomes.add(new WriteOutcome(reasons));
      }
    }
    return outcomes;
  }

  /** The link an alias call, or an identify call with an anonymousId, makes. */
  private static AliasRow link(Write write) {
    return write instanceof Write.LinkIds ? ((Write.LinkIds) write).link() : ((Write.UpsertPerson) write).link();
  }

  static WriteOutcome outcomeOf(Write write) {
    return write instanceof Write.Reject ? new WriteOutcome(((Write.Reject) write).violations()) : WriteOutcome.STORED;
  }

  /**
   * A track, page or group call of a user with a people row moves that row's last_seen_at forward:
   * one UPDATE for the whole group. An event's time goes as stored in its events row (in UTC, which
   * PostgreSQL reads whatever the offset was); a group call's as sent, as its companies row takes it.
   */
  private void touchKnownUsers(Connection connection, List<Write> writes) throws SQLException {
    if (!warehouse.hasPeople()) {
      return;
    }
    List<String[]> touches = new ArrayList<>();
    for (Write write : writes) {
      if (write instanceof Write.StoreEvent && ((Write.StoreEvent) write).event().userId() != null) {
        Write.StoreEvent event = (Write.StoreEvent) write;
        touches.add(new String[] {event.event().userId(),
            ColumnValues.pgTimestamp(ColumnValues.utc(event.event().timestamp()))});
      } else if (write instanceof Write.UpsertCompany && ((Write.UpsertCompany) write).userId() != null) {
        Write.UpsertCompany group = (Write.UpsertCompany) write;
        touches.add(new String[] {group.userId(), group.company().timestamp()});
      }
    }
    if (touches.isEmpty()) {
      return;
    }
    // GREATEST in SQL keeps the latest time whatever the order; users in key order avoid deadlocks
    // between writers and collectors.
    touches.sort(Comparator.comparing(touch -> touch[0]));
    try (PreparedStatement statement = connection.prepareStatement(PeopleTable.TOUCH_LAST_SEEN)) {
      PeopleTable.bindTouch(statement, touches);
      statement.executeUpdate();
    }
  }

  /**
   * Upserts in rounds: each round holds each key at most once (a multi-row upsert may not touch one
   * row twice), rounds keep the order of arrival, and keys are sorted within a round.
   */
  private static <W> void upsertInRounds(Connection connection, String sql, List<W> writes,
      Function<W, String> key, Binder<W> binder) throws SQLException {
    List<List<W>> rounds = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (W write : writes) {
      int round = seen.merge(key.apply(write), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new ArrayList<>());
      }
      rounds.get(round).add(write);
    }
    for (List<W> round : rounds) {
      round.sort(Comparator.comparing(key));
      batch(connection, sql, round, binder);
    }
  }

  private static <W> void batch(Connection connection, String sql, List<W> writes, Binder<W> binder)
      throws SQLException {
    if (writes.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (W write : writes) {
        binder.bind(statement, write);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Sets one write's parameters. */
  @FunctionalInterface
  private interface Binder<W> {
    void bind(PreparedStatement statement, W write) throws SQLException;
  }
}
