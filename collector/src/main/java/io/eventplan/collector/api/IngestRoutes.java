package io.eventplan.collector.api;

import io.eventplan.collector.auth.Authenticator;
import io.eventplan.collector.config.Limits;
import io.eventplan.collector.db.DatabaseUnavailableException;
import io.eventplan.collector.health.Readiness;
import io.eventplan.collector.ingest.MessageProcessor;
import io.eventplan.collector.ingest.Origin;
import io.eventplan.collector.ingest.OverloadedException;
import io.eventplan.collector.ingest.Received;
import io.eventplan.collector.ingest.Rejections;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.ingest.WriteOutcome;
import io.eventplan.collector.ingest.WriteSink;
import io.eventplan.collector.judge.CollectorRules;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.kafka.KafkaUnavailableException;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.metrics.PlanEventMeters;
import io.eventplan.collector.segment.MalformedJsonException;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.segment.SegmentJson;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event API: {@code POST /v1/track}, {@code /v1/page}, {@code /v1/screen}, {@code /v1/identify},
 * {@code /v1/group}, {@code /v1/alias} and {@code /v1/batch} (also as {@code /v1/import}). Each request is
 * checked in this order: rate limit of its client address (429), content type and encoding (415),
 * Authorization header (401), size while reading and inflating (413), JSON (400), write key in the body (401),
 * readiness (503); then its messages are judged and handed to the {@link WriteSink} (the group-commit writer, or
 * Kafka in Kafka mode), and the answer is sent only after they are durable: their transaction committed, or the
 * brokers acknowledged them. A body that was read and authenticated is never dropped: what
 * cannot be stored as events (malformed JSON, a bad batch, a refused message) goes to
 * rejected_events before the 400.
 */
public final class IngestRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(IngestRoutes.class);

  private final Authenticator authenticator;
  private final MessageProcessor processor;
  private final WriteSink writer;
  private final Readiness readiness;
  private final SegmentJson json;
  private final Limits limits;
  private final CollectorMetrics metrics;
  private final Responses responses;
  private final Clock clock;
  private final RateLimiter rateLimiter;
  private final ClientAddress clientAddress;
  private final PlanEventMeters planMeters;

  public IngestRoutes(Authenticator authenticator, MessageProcessor processor, WriteSink writer,
      Readiness readiness, SegmentJson json, Limits limits, CollectorMetrics metrics, PlanEventMeters planMeters,
      Responses responses, Clock clock, RateLimiter rateLimiter, ClientAddress clientAddress) {
    this.authenticator = authenticator;
    this.processor = processor;
    this.writer = writer;
    this.readiness = readiness;
    this.json = json;
    this.limits = limits;
    this.metrics = metrics;
    this.responses = responses;
    this.clock = clock;
    this.rateLimiter = rateLimiter;
    this.clientAddress = clientAddress;
    this.planMeters = planMeters;
  }

  /** The handler of a single call: track, page, screen, identify, group or alias. */
  public Handler single(MessageType type) {
    return ctx -> {
      Received received = admit(ctx);
      Optional<Body> message = readAuthenticated(ctx, limits.maxEventBytes(), "event", received);
      if (message.isEmpty()) {
        return;
      }
      Write write = processor.process(type, message.get().json(), received);
      submit(ctx, List.of(write), outcomes -> answerSingle(ctx, write, outcomes.get(0)));
    };
  }

  /** The handler of {@code /v1/batch} and {@code /v1/import}. */
  public Handler batch() {
    return ctx -> {
      Received received = admit(ctx);
      Optional<Body> read = readAuthenticated(ctx, limits.maxBatchBytes(), "batch", received);
      if (read.isEmpty()) {
        return;
      }
      ObjectNode body = read.get().json();
      // an item is never larger than the body it came in: only a body over the event limit needs measuring
      boolean measureItems = read.get().bytes() > limits.maxEventBytes();
      JsonNode items = body.get("batch");
      if (items == null || !items.isArray()) {
        refuseWhole(ctx, processor.refuse(body, received, List.of(new Violation("/batch", CollectorRules.FIELD_TYPE,
            "batch must be an array of messages"))), ErrorCode.INVALID_BATCH, "the body must be {\"batch\": [...]}");
        return;
      }
      if (items.size() > limits.maxBatchItems()) {
        String message = "the batch has " + items.size() + " items; at most " + limits.maxBatchItems() + " are allowed";
        refuseWhole(ctx, processor.refuse(body, received, List.of(new Violation("/batch", "maxItems", message))),
            ErrorCode.TOO_MANY_ITEMS, message);
        return;
      }
      JsonNode context = body.get("context");
      List<Write> writes = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        if (measureItems && json.bytes(item).length > limits.maxEventBytes()) {
          throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "batch item " + i + " is larger than "
              + limits.maxEventBytes() / 1024 + " KB");
        }
        writes.add(batchItem(item, context, received));
      }
      submit(ctx, writes, outcomes -> answerBatch(ctx, writes, outcomes));
    };
  }

  /** Applies the rate limit of the request's client address (429 before a byte of the body is read). */
  private Received admit(Context ctx) {
    String address = clientAddress.of(ctx);
    rateLimiter.admit(address);
    return Received.of(clock.instant(), address);
  }

  private Write batchItem(JsonNode item, JsonNode batchContext, Received received) {
    if (!item.isObject()) {
      return processor.refuse(item, received,
          List.of(new Violation("", CollectorRules.FIELD_TYPE, "a batch item must be a JSON object")));
    }
    ObjectNode message = (ObjectNode) item;
    message.remove("writeKey");
    mergeContext(message, batchContext);
    JsonNode type = message.get("type");
    Optional<MessageType> known =
        type != null && type.isString() ? MessageType.fromWireName(type.stringValue()) : Optional.empty();
    if (known.isEmpty()) {
      String sent = type != null && type.isString() ? type.stringValue() : null;
      return processor.refuse(message, received, List.of(new Violation("/type",
          CollectorRules.UNSUPPORTED_TYPE, "type must be one of " + MessageType.wireNames()
              + (sent == null ? "" : ", not '" + sent + "'"))));
    }
    return processor.process(known.get(), message, received);
  }

  /** The batch's top-level context fills in what an item's own context lacks. */
  private static void mergeContext(ObjectNode message, JsonNode batchContext) {
    if (batchContext == null || !batchContext.isObject()) {
      return;
    }
    JsonNode own = message.get("context");
    if (own == null) {
      message.set("context", batchContext.deepCopy());
    } else if (own.isObject()) {
      ObjectNode merged = ((ObjectNode) batchContext).deepCopy();
      merged.setAll((ObjectNode) own);
      message.set("context", merged);
    }
  }

  /**
   * The authenticated body as a JSON object; empty when the request is already being answered
   * because the body, read and authenticated, cannot be processed (it is then kept in
   * rejected_events and answered 400 after the commit).
   */
  private Optional<Body> readAuthenticated(Context ctx, int limit, String what, Received received) {
    BodyReader.requireSupportedType(ctx);
    Authenticator.Verdict header = authenticator.checkHeader(ctx.header("Authorization"));
    if (header == Authenticator.Verdict.WRONG) {
      throw new ApiException(ErrorCode.UNAUTHORIZED, "the write key is wrong");
    }
    byte[] bytes = BodyReader.read(ctx, limit, what, limits.bodyTimeout());
    JsonNode node;
    try {
      node = json.parse(bytes);
    } catch (MalformedJsonException e) {
      String message = "the body is not valid JSON: " + e.getMessage();
      if (header != Authenticator.Verdict.ACCEPTED) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, message);
      }
      refuseWhole(ctx, processor.refuseRaw(new String(bytes, StandardCharsets.UTF_8), received,
          List.of(new Violation("", "syntax", message))), ErrorCode.MALFORMED_JSON, message);
      return Optional.empty();
    }
    if (!node.isObject()) {
      String message = "the body must be a JSON object";
      if (header != Authenticator.Verdict.ACCEPTED) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, message);
      }
      refuseWhole(ctx, processor.refuse(node, received, List.of(new Violation("", "syntax", message))),
          ErrorCode.MALFORMED_JSON, message);
      return Optional.empty();
    }
    ObjectNode body = (ObjectNode) node;
    JsonNode bodyKey = body.remove("writeKey");
    if (header == Authenticator.Verdict.ABSENT) {
      String key = bodyKey != null && bodyKey.isString() ? bodyKey.stringValue() : null;
      Authenticator.Verdict verdict = authenticator.checkBodyKey(key);
      if (verdict != Authenticator.Verdict.ACCEPTED) {
        throw new ApiException(ErrorCode.UNAUTHORIZED, verdict == Authenticator.Verdict.ABSENT
            ? "a write key is required: HTTP Basic with the key as user name, or writeKey in the body"
            : "the write key is wrong");
      }
    }
    requireReady();
    return Optional.of(new Body(body, bytes.length));
  }

  /** A request body read as a JSON object, and how many bytes it was sent as. */
  private record Body(ObjectNode json, int bytes) {}

  /** Keeps a body that cannot be processed in rejected_events, then answers {@code code}. */
  private void refuseWhole(Context ctx, Write reject, ErrorCode code, String message) {
    requireReady();
    submit(ctx, List.of(reject), outcomes -> responses.error(ctx,
        new ApiException(code, message + "; the body was kept in rejected_events")));
  }

  private void requireReady() {
    readiness.refusal().ifPresent(refusal -> {
      throw refusal;
    });
  }

  private void submit(Context ctx, List<Write> writes, java.util.function.Consumer<List<WriteOutcome>> answer) {
    CompletableFuture<List<WriteOutcome>> committed;
    try {
      committed = writer.submit(writes);
    } catch (OverloadedException e) {
      throw new ApiException(ErrorCode.OVERLOADED, "too many events are waiting to be written");
    }
    ctx.future(() -> committed.handle((outcomes, error) -> {
      if (error == null) {
        count(writes, outcomes);
        answer.accept(outcomes);
      } else {
        responses.error(ctx, failure(error));
      }
      return null;
    }));
  }

  private static ApiException failure(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof DatabaseUnavailableException) {
      return new ApiException(ErrorCode.DATABASE_UNAVAILABLE, "the warehouse database is unreachable");
    }
    if (cause instanceof KafkaUnavailableException) {
      return new ApiException(ErrorCode.KAFKA_UNAVAILABLE, "Kafka did not acknowledge the events: "
          + cause.getMessage());
    }
    if (cause instanceof OverloadedException) {
      return new ApiException(ErrorCode.OVERLOADED, cause.getMessage());
    }
    LOG.error("A request failed", cause);
    return new ApiException(ErrorCode.INTERNAL_ERROR, "the events could not be written");
  }

  private void answerSingle(Context ctx, Write write, WriteOutcome outcome) {
    if (outcome.stored()) {
      responses.json(ctx, 200, Responses.success());
      return;
    }
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.put("event", write.origin().eventName());
    details.put("messageId", messageId(write));
    details.set("violations", Rejections.toJson(outcome.violations()));
    responses.error(ctx, new ApiException(ErrorCode.EVENT_REJECTED,
        "the event does not match the plan; it was kept in rejected_events", details));
  }

  private void answerBatch(Context ctx, List<Write> writes, List<WriteOutcome> outcomes) {
    ObjectNode body = Responses.success();
    ArrayNode rejected = JsonNodeFactory.instance.arrayNode();
    int stored = 0;
    for (int i = 0; i < writes.size(); i++) {
      if (outcomes.get(i).stored()) {
        stored++;
        continue;
      }
      ObjectNode item = rejected.addObject();
      item.put("index", i);
      item.put("messageId", messageId(writes.get(i)));
      item.put("event", writes.get(i).origin().eventName());
      item.set("violations", Rejections.toJson(outcomes.get(i).violations()));
    }
    body.put("received", writes.size());
    body.put("stored", stored);
    body.set("rejected", rejected);
    responses.json(ctx, 200, body);
  }

  private static String messageId(Write write) {
    JsonNode payload = write.origin().payload();
    JsonNode id = payload != null && payload.isObject() ? payload.get("messageId") : null;
    return id != null && id.isValueNode() && !id.isNull() ? id.asString() : null;
  }

  private void count(List<Write> writes, List<WriteOutcome> outcomes) {
    for (int i = 0; i < writes.size(); i++) {
      WriteOutcome outcome = outcomes.get(i);
      Origin origin = writes.get(i).origin();
      List<String> rules = outcome.violations().stream().map(Violation::rule).toList();
      if (outcome.stored()) {
        metrics.accepted(String.valueOf(origin.messageType()));
      } else {
        new LinkedHashSet<>(rules).forEach(metrics::rejected);
      }
      planMeters.count(origin.messageType(), origin.eventName(), rules);
    }
  }
}
