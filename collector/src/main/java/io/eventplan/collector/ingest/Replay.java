package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.segment.EventIds;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.segment.SegmentMapper;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.Warehouse;
import io.eventplan.runtime.EventPlan;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replay: judges every row of {@code rejected_events} again under the current plan. A message the plan now accepts
 * moves into the warehouse, exactly as the collector would have stored it on arrival (same event id, the time it
 * was received, its source address), and its row is deleted in the same transaction, so it moves once however often
 * replay runs, even two replays at once (rows are locked, a locked row is left to the replay holding it); events
 * stored before under the same id are not written twice. A message still refused keeps its row with the current
 * plan's reasons and version. Rows that cannot be judged again (a body that was not JSON, an unknown call type)
 * stay as they are. A dry run does all of it in transactions it rolls back, and reports the same counts.
 */
public final class Replay {
  /** Rows judged per transaction. */
  static final int BATCH = 500;
  private static final String SELECT = """
      SELECT "id", "received_at", host("source_ip") AS "ip", "payload", "reasons"::text AS "reasons", "event_id",
        "message_type", "plan_version"
      FROM "rejected_events" WHERE "id" > ? ORDER BY "id" LIMIT ? FOR UPDATE SKIP LOCKED""";
  private static final String DELETE = "DELETE FROM \"rejected_events\" WHERE \"id\" = ANY (?)";
  private static final String UPDATE = """
      UPDATE "rejected_events" SET "reasons" = CAST(? AS jsonb), "plan_version" = ? WHERE "id" = ?""";

  private final DataSource dataSource;
  private final int planVersion;
  private final SegmentJson json = new SegmentJson();
  private final MessageProcessor processor;
  private final GroupTransaction transaction;

  public Replay(DataSource dataSource, EventPlan plan, EventJudge judge) {
    this.dataSource = dataSource;
    this.planVersion = plan.version();
    JsonText jsonText = new JsonText(json.mapper());
    Rejections rejections = new Rejections(jsonText, plan.version());
    this.processor = new MessageProcessor(new SegmentMapper(plan.tables()), judge, json, jsonText, rejections,
        plan.version());
    this.transaction = new GroupTransaction(new Warehouse(plan.tables(), plan.version()), jsonText, rejections);
  }

  /** A replay with the plan's own validators. */
  public static Replay of(DataSource dataSource, EventPlan plan) {
    return new Replay(dataSource, plan, new ValidatorJudge(plan));
  }

  /** Replays every refused message; with {@code dryRun} nothing changes, and the counts say what would. */
  public ReplayResult run(boolean dryRun) throws SQLException {
    ReplayResult.Counter counter = new ReplayResult.Counter();
    long after = 0;
    while (true) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          List<Row> rows = select(connection, after);
          if (rows.isEmpty()) {
            connection.rollback();
            break;
          }
          after = rows.get(rows.size() - 1).id();
          apply(connection, rows, counter);
          if (dryRun) {
            connection.rollback();
          } else {
            connection.commit();
          }
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      }
    }
    return counter.result(dryRun, planVersion);
  }

  private void apply(Connection connection, List<Row> rows, ReplayResult.Counter counter) throws SQLException {
    List<Write> accepted = new ArrayList<>();
    List<Long> moved = new ArrayList<>();
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      for (Row row : rows) {
        Optional<Write> write = judge(row);
        if (write.isEmpty()) {
          counter.kept++;
        } else if (write.get() instanceof Write.Reject reject) {
          counter.stillRefused++;
          if (!sameReasons(row.reasons(), reject.row().reasonsJson()) || row.planVersion() != planVersion) {
            counter.reasonsUpdated++;
            update.setString(1, reject.row().reasonsJson());
            update.setInt(2, planVersion);
            update.setLong(3, row.id());
            update.addBatch();
          }
        } else {
          accepted.add(write.get());
          moved.add(row.id());
        }
      }
      update.executeBatch();
    }
    if (!accepted.isEmpty()) {
      transaction.writeBatched(connection, accepted);
      try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
        delete.setArray(1, connection.createArrayOf("bigint", moved.toArray()));
        delete.executeUpdate();
      }
      counter.moved += moved.size();
    }
    counter.examined += rows.size();
  }

  /** What the collector makes of the row's message today; empty when it cannot be judged again. */
  private Optional<Write> judge(Row row) {
    JsonNode message;
    try {
      message = json.parse(row.payload().getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) { // MalformedJsonException, or too deep
      return Optional.empty();
    }
    if (!(message instanceof ObjectNode object)) {
      return Optional.empty();
    }
    String wireName = row.messageType() != null ? row.messageType() : object.path("type").asString(null);
    Optional<MessageType> type = MessageType.fromWireName(wireName);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (row.eventId() != null && !row.eventId().equals(messageEventId(object))) {
      object.put("messageId", row.eventId().toString()); // the id it was refused under, whatever the mapper makes
    }
    return Optional.of(processor.process(type.get(), object, new Received(row.receivedAt(), row.ip())));
  }

  private static UUID messageEventId(ObjectNode message) {
    JsonNode id = message.get("messageId");
    boolean usable = id != null && (id.isString() || id.isIntegralNumber()) && !id.asString().isEmpty();
    return usable ? EventIds.fromMessageId(id.asString()) : null;
  }

  private boolean sameReasons(String stored, String now) {
    return json.mapper().readTree(stored).equals(json.mapper().readTree(now));
  }

  private static List<Row> select(Connection connection, long after) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
      statement.setLong(1, after);
      statement.setInt(2, BATCH);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(), rs.getString("ip"),
              rs.getString("payload"), rs.getString("reasons"), rs.getObject("event_id", UUID.class),
              rs.getString("message_type"), rs.getInt("plan_version")));
        }
      }
    }
    return rows;
  }

  /** A row of rejected_events, as much as a replay needs. */
  private record Row(long id, java.time.Instant receivedAt, String ip, String payload, String reasons, UUID eventId,
      String messageType, int planVersion) {}
}
