package io.eventplan.collector.kafka;

import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.ingest.Origin;
import io.eventplan.collector.ingest.Received;
import io.eventplan.collector.ingest.Rejections;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.judge.CollectorRules;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.warehouse.AliasRow;
import io.eventplan.collector.warehouse.EventRow;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.RejectedRow;
import io.eventplan.collector.warehouse.TraitsRow;
import io.eventplan.collector.warehouse.TypedRow;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * A {@link Write} as a Kafka record and back: exactly what the collector would have handed its group commit
 * writer, as compact JSON (docs/scaling.md#the-records). Accepted events, identify and group calls go to the
 * events topic, keyed by user id (else anonymous id) or group id so that one user's calls stay in order; refused
 * messages go to the rejected topic with every reason; alias links ride with their identify or alias call. Headers carry when the collector accepted the message
 * ({@value #ACCEPTED_AT}, the start of the end-to-end delay) and the record format ({@value #FORMAT}).
 */
public final class WriteRecords {
  public static final String ACCEPTED_AT = "eventplan-accepted-at";
  public static final String FORMAT = "eventplan-format";
  private static final byte[] FORMAT_1 = "1".getBytes(StandardCharsets.UTF_8);

  private final KafkaSettings settings;
  private final JsonMapper mapper;
  private final JsonText jsonText;
  private final Map<String, EventTable> events = new HashMap<>();

  public WriteRecords(KafkaSettings settings, PlanTables plan) {
    this.settings = settings;
    this.mapper = recordMapper();
    this.jsonText = new JsonText(mapper);
    plan.events().forEach(event -> events.put(event.event(), event));
  }

  /**
   * Reads numbers as the collector's {@link SegmentJson} does, so that a value reads back exactly as it was
   * accepted; a message may sit a few levels deeper in a record than in its request, hence the deeper limit.
   */
  private static JsonMapper recordMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SegmentJson.MAX_NESTING_DEPTH + 8)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** The record of one write: its topic, key, value and headers. */
  public ProducerRecord<byte[], byte[]> record(Write write) {
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    Received received = write.origin().received();
    value.put("at", received.at().toString());
    if (received.sourceIp() != null) {
      value.put("ip", received.sourceIp());
    }
    putOrigin(value, write.origin(), !(write instanceof Write.Reject));
    String key;
    String topic = settings.eventsTopic();
    if (write instanceof Write.StoreEvent) {
      EventRow row = ((Write.StoreEvent) write).event();
      value.put("kind", "event");
      ObjectNode event = value.putObject("event");
      event.put("id", row.eventId().toString());
      event.put("name", row.eventName());
      event.put("version", row.eventVersion());
      putText(event, "userId", row.userId());
      putText(event, "anonymousId", row.anonymousId());
      event.put("timestamp", row.timestamp());
      putText(event, "url", row.url());
      // both are JSON text already: embedded as they are, not parsed again
      event.putRawValue("properties", new RawValue(row.propertiesJson()));
      event.putRawValue("context", new RawValue(row.contextJson()));
      event.put("plan", row.planVersion());
      key = row.userId() != null ? row.userId() : row.anonymousId() != null ? row.anonymousId()
          : row.eventId().toString();
    } else if (write instanceof Write.UpsertPerson) {
      Write.UpsertPerson person = (Write.UpsertPerson) write;
      value.put("kind", "person");
      putTraits(value, person.person());
      putLink(value, person.link());
      key = person.person().key();
    } else if (write instanceof Write.LinkIds) {
      AliasRow link = ((Write.LinkIds) write).link();
      value.put("kind", "alias");
      putLink(value, link);
      key = link.userId();
    } else if (write instanceof Write.UpsertCompany) {
      Write.UpsertCompany company = (Write.UpsertCompany) write;
      value.put("kind", "company");
      putTraits(value, company.company());
      putText(value, "userId", company.userId());
      key = company.company().key();
    } else {
      Write.Reject reject = (Write.Reject) write;
      RejectedRow row = reject.row();
      value.put("kind", "rejected");
      value.put("payload", row.payload());
      value.set("reasons", Rejections.toJson(reject.violations()));
      value.put("plan", row.planVersion());
      putText(value, "eventId", row.eventId() == null ? null : row.eventId().toString());
      putText(value, "messageType", row.messageType());
      putText(value, "libraryName", row.libraryName());
      putText(value, "libraryVersion", row.libraryVersion());
      topic = settings.rejectedTopic();
      key = null;
    }
    List<Header> headers = List.of(
        new RecordHeader(ACCEPTED_AT, received.at().toString().getBytes(StandardCharsets.UTF_8)),
        new RecordHeader(FORMAT, FORMAT_1));
    return new ProducerRecord<>(topic, null, received.at().toEpochMilli(),
        key == null ? null : key.getBytes(StandardCharsets.UTF_8), mapper.writeValueAsBytes(value), headers);
  }

  /** When the collector accepted the record's message, from its header; null when it has none. */
  public static Instant acceptedAt(ConsumerRecord<byte[], byte[]> record) {
    Header header = record.headers().lastHeader(ACCEPTED_AT);
    return header == null ? null : Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
  }

  /**
   * The write a record holds. A record that cannot be read as one (not this format, or an event version the loader's
   * plan lacks) becomes a refusal that keeps the record's text, so that nothing read from Kafka is lost.
   */
  public Write read(ConsumerRecord<byte[], byte[]> record, int loaderPlanVersion) {
    Instant at = Instant.ofEpochMilli(record.timestamp());
    try {
      JsonNode node = mapper.readTree(record.value());
      at = Instant.parse(node.required("at").asString());
      return read((ObjectNode) node, new Received(at, text(node, "ip")));
    } catch (RuntimeException e) {
      String where = record.topic() + "-" + record.partition() + "@" + record.offset();
      String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
      Violation why = new Violation("", CollectorRules.UNREADABLE_RECORD, "the loader could not read Kafka record "
          + where + ": " + e.getMessage());
      RejectedRow row = new RejectedRow(at, null, text.replace('\u0000', '\uFFFD'),
          jsonText.storable(Rejections.toJson(List.of(why))), null, loaderPlanVersion, null, null, null, null);
      return new Write.Reject(new Origin(new Received(at, null), null, null, null, text), row, List.of(why));
    }
  }

  private Write read(ObjectNode value, Received received) {
    String kind = value.required("kind").asString();
    Origin origin = Origin.of(received, text(value, "type"), text(value, "name"), value.get("message"));
    switch (kind) {
      case "event":
        return event(value.required("event"), origin, received);
      case "person":
        return new Write.UpsertPerson(origin, traits(value.required("traits")), link(value.get("link")));
      case "alias":
        return new Write.LinkIds(origin, link(value.required("link")));
      case "company":
        return new Write.UpsertCompany(origin, traits(value.required("traits")), text(value, "userId"));
      case "rejected":
        List<Violation> violations = new ArrayList<>();
        for (JsonNode reason : value.required("reasons")) {
          violations.add(new Violation(reason.required("path").asString(), reason.required("rule").asString(),
              reason.required("message").asString()));
        }
        RejectedRow row = new RejectedRow(received.at(), origin.eventName(), value.required("payload").asString(),
            jsonText.storable(Rejections.toJson(violations)), received.sourceIp(), value.required("plan").asInt(),
            value.hasNonNull("eventId") ? UUID.fromString(value.get("eventId").asString()) : null,
            text(value, "messageType"), text(value, "libraryName"), text(value, "libraryVersion"));
        return new Write.Reject(origin, row, violations);
      default:
        throw new IllegalArgumentException("unknown kind '" + kind + "'");
    }
  }

  private Write event(JsonNode event, Origin origin, Received received) {
    String name = event.required("name").asString();
    int version = event.required("version").asInt();
    EventTable table = events.get(name);
    if (table == null || table.version() != version) {
      throw new IllegalArgumentException("the loader's plan has " + (table == null ? "no event '" + name + "'"
          : "event '" + name + "' at version " + table.version()) + ", but the record holds version " + version
          + "; run the loaders with the collectors' plan bundle");
    }
    UUID id = UUID.fromString(event.required("id").asString());
    ObjectNode properties = (ObjectNode) event.required("properties");
    String anonymousId = text(event, "anonymousId");
    int plan = event.required("plan").asInt();
    EventRow row = new EventRow(id, name, version, text(event, "userId"), anonymousId,
        event.required("timestamp").asString(), received.at(), text(event, "url"), jsonText.text(properties),
        jsonText.text(event.required("context")), plan);
    return new Write.StoreEvent(origin, row, new TypedRow(table, id, received.at(), anonymousId, plan, properties));
  }

  /**
   * Where an accepted write came from: the message as sent, which the loader keeps in rejected_events should the
   * warehouse refuse its rows. A refusal carries its payload as rejected_events holds it instead.
   */
  private static void putOrigin(ObjectNode value, Origin origin, boolean withMessage) {
    putText(value, "type", origin.messageType());
    putText(value, "name", origin.eventName());
    if (withMessage && origin.payload() != null) {
      value.set("message", origin.payload());
    }
  }

  private static void putTraits(ObjectNode value, TraitsRow row) {
    ObjectNode traits = value.putObject("traits");
    traits.put("key", row.key());
    traits.set("traits", row.traits());
    traits.put("timestamp", row.timestamp());
  }

  /** An alias link (of an alias call, or of an identify call with an anonymousId); nothing when null. */
  private static void putLink(ObjectNode value, AliasRow link) {
    if (link != null) {
      ObjectNode node = value.putObject("link");
      node.put("previousId", link.previousId());
      node.put("userId", link.userId());
      node.put("timestamp", link.timestamp());
    }
  }

  private static AliasRow link(JsonNode node) {
    return node == null || node.isNull() ? null : new AliasRow(node.required("previousId").asString(),
        node.required("userId").asString(), node.required("timestamp").asString());
  }

  private TraitsRow traits(JsonNode node) {
    return new TraitsRow(node.required("key").asString(), (ObjectNode) node.required("traits"),
        node.required("timestamp").asString());
  }

  private static void putText(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }

}
