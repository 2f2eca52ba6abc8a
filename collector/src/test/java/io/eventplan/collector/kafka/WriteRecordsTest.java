package io.eventplan.collector.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.ingest.MessageProcessor;
import io.eventplan.collector.ingest.Received;
import io.eventplan.collector.ingest.Rejections;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.judge.CollectorRules;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.segment.SegmentMapper;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A write survives the trip through a Kafka record unchanged, whatever its kind; what cannot be read is kept. */
class WriteRecordsTest {
  private static final EventPlan PLAN = TestPlans.testPlan();
  private static final KafkaSettings SETTINGS = KafkaSettings.of("127.0.0.1:9092");
  private static final Received RECEIVED = new Received(Instant.parse("2026-12-05T10:15:30.123456Z"), "10.0.0.7");

  private final SegmentJson json = new SegmentJson();
  private final MessageProcessor processor = new MessageProcessor(new SegmentMapper(PLAN.tables()),
      new ValidatorJudge(PLAN), json, new JsonText(json.mapper()), new Rejections(new JsonText(json.mapper()),
      PLAN.version()), PLAN.version());
  private final WriteRecords records = new WriteRecords(SETTINGS, PLAN.tables());

  @Test
  void anAcceptedEventIsKeyedByItsUserAndReadBackWhole() {
    Write write = process(MessageType.TRACK, """
        {"event": "Order Placed", "messageId": "m-1", "userId": "u-1", "anonymousId": "a-1",
         "timestamp": "2026-03-07T06:00:00+16:30", "context": {"page": {"url": "https://app.example.com/x"}},
         "properties": {"order": "O-1234", "select": true, "total": 12.50, "quantity": 3.0, "placed_on": "2026-02-28",
                        "tags": ["gift"], "shipping": {"city": "Lyon", "default": false}, "contact": "a@example.com"}}""");
    assertThat(write).isInstanceOf(Write.StoreEvent.class);

    ProducerRecord<byte[], byte[]> record = records.record(write);

    assertThat(record.topic()).isEqualTo(KafkaSettings.DEFAULT_EVENTS_TOPIC);
    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("u-1");
    assertThat(record.timestamp()).isEqualTo(RECEIVED.at().toEpochMilli());
    assertThat(new String(record.headers().lastHeader(WriteRecords.ACCEPTED_AT).value(), StandardCharsets.UTF_8))
        .isEqualTo("2026-12-05T10:15:30.123456Z");
    Write read = records.read(consumed(record), PLAN.version());
    assertThat(read).isEqualTo(write);
    assertThat(WriteRecords.acceptedAt(consumed(record))).isEqualTo(RECEIVED.at());
  }

  @Test
  void anAnonymousEventIsKeyedByItsAnonymousId() {
    Write write = process(MessageType.TRACK, """
        {"event": "Login Failed", "anonymousId": "a-9", "properties": {"type": "sso", "reason": "sso_error"}}""");

    assertThat(new String(records.record(write).key(), StandardCharsets.UTF_8)).isEqualTo("a-9");
    assertThat(records.read(consumed(records.record(write)), PLAN.version())).isEqualTo(write);
  }

  @Test
  void identifyIsKeyedByUserAndGroupByGroup() {
    Write person = process(MessageType.IDENTIFY, """
        {"userId": "u-7", "timestamp": "2026-03-01T10:00:00Z", "traits": {"email": "ada@example.com", "name": "Ada"}}""");
    Write company = process(MessageType.GROUP, """
        {"userId": "u-7", "groupId": "acme", "traits": {"name": "Acme", "employees": 42}}""");

    assertThat(new String(records.record(person).key(), StandardCharsets.UTF_8)).isEqualTo("u-7");
    assertThat(new String(records.record(company).key(), StandardCharsets.UTF_8)).isEqualTo("acme");
    assertThat(records.read(consumed(records.record(person)), PLAN.version())).isEqualTo(person);
    assertThat(records.read(consumed(records.record(company)), PLAN.version())).isEqualTo(company);
  }

  @Test
  void anIdentifyWithAnAnonymousIdAndAnAliasKeepTheirLinks() {
    Write person = process(MessageType.IDENTIFY, """
        {"userId": "u-8", "anonymousId": "visitor-8", "traits": {"email": "grace@example.com"}}""");
    Write alias = process(MessageType.ALIAS, """
        {"previousId": "old-8", "userId": "u-8", "timestamp": "2026-03-01T10:00:00Z"}""");
    assertThat(((Write.UpsertPerson) person).link()).isNotNull();
    assertThat(alias).isInstanceOf(Write.LinkIds.class);

    assertThat(new String(records.record(alias).key(), StandardCharsets.UTF_8)).isEqualTo("u-8");
    assertThat(records.read(consumed(records.record(person)), PLAN.version())).isEqualTo(person);
    assertThat(records.read(consumed(records.record(alias)), PLAN.version())).isEqualTo(alias);
  }

  @Test
  void aRefusalGoesToTheRejectedTopicWithEveryReason() {
    Write refused = process(MessageType.TRACK, """
        {"event": "Logged In", "userId": "u-1", "messageId": "m-9", "properties": {"type": "telepathy"},
         "context": {"library": {"name": "analytics.js", "version": "1.2.0"}}}""");
    assertThat(refused).isInstanceOf(Write.Reject.class);

    ProducerRecord<byte[], byte[]> record = records.record(refused);

    assertThat(record.topic()).isEqualTo(KafkaSettings.DEFAULT_REJECTED_TOPIC);
    Write.Reject read = (Write.Reject) records.read(consumed(record), PLAN.version());
    Write.Reject original = (Write.Reject) refused;
    assertThat(read.row()).isEqualTo(original.row());
    assertThat(read.row().eventId()).isNotNull();
    assertThat(read.row().libraryName()).isEqualTo("analytics.js");
    assertThat(read.violations()).isEqualTo(original.violations()).isNotEmpty();
  }

  @Test
  void aRecordThatIsNotAWriteIsKeptAsARefusalWithItsText() {
    ConsumerRecord<byte[], byte[]> garbage = new ConsumerRecord<>("eventplan-events", 3, 42, 1_700_000_000_000L,
        TimestampType.CREATE_TIME, 0, 0, null, "not json at all".getBytes(StandardCharsets.UTF_8),
        new org.apache.kafka.common.header.internals.RecordHeaders(), Optional.empty());

    Write.Reject read = (Write.Reject) records.read(garbage, PLAN.version());

    assertThat(read.row().payload()).isEqualTo("not json at all");
    assertThat(read.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(CollectorRules.UNREADABLE_RECORD);
      assertThat(v.message()).contains("eventplan-events-3@42");
    });
    assertThat(read.row().receivedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
  }

  @Test
  void anEventVersionTheLoadersPlanLacksIsKeptAsARefusalThatSaysSo() {
    Write write = process(MessageType.TRACK, """
        {"event": "Logged Out", "userId": "u-1", "properties": {"reason": "manual"}}""");
    PlanTables other = new PlanTables(PLAN.tables().events().stream()
        .map(e -> e.event().equals("Logged Out")
            ? new EventTable(e.event(), 2, e.status(), e.table() + "_v2", e.view(), e.columns()) : e).toList(),
        PLAN.tables().people(), PLAN.tables().companies(), PLAN.tables().loginEvent(), PLAN.tables().signupEvent());

    Write.Reject read = (Write.Reject) new WriteRecords(SETTINGS, other).read(consumed(records.record(write)), 9);

    assertThat(read.violations()).singleElement().satisfies(v -> assertThat(v.message())
        .contains("event 'Logged Out' at version 2, but the record holds version 1")
        .contains("run the loaders with the collectors' plan bundle"));
    assertThat(read.row().payload()).contains("\"reason\":\"manual\"");
    assertThat(read.row().planVersion()).isEqualTo(9);
  }

  private Write process(MessageType type, String message) {
    return processor.process(type, (ObjectNode) json.parse(message.getBytes(StandardCharsets.UTF_8)), RECEIVED);
  }

  private static ConsumerRecord<byte[], byte[]> consumed(ProducerRecord<byte[], byte[]> record) {
    return new ConsumerRecord<>(record.topic(), 0, 0, record.timestamp(), TimestampType.CREATE_TIME, 0, 0,
        record.key(), record.value(), record.headers(), Optional.empty());
  }
}
