package io.eventplan.codegen.sample;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Segment track call that the collector accepts for a plan: the plan's login event when it can be made, else the
 * first event in plan order that can, with every required property (nested objects and arrays included) set to a
 * {@linkplain SampleValues sample value}. It is sent as any Segment library sends it: {@code user_id} as
 * {@code userId}, {@code url} as {@code context.page.url}, the rest under {@code properties}; the collector sets
 * {@code event_id} and {@code timestamp} itself (docs/collector.md), so an event whose {@code event_id} or
 * {@code timestamp} could not hold what it sets is passed over.
 *
 * @param eventName the plan event the call sends
 * @param message the call, e.g. {@code {"type":"track","event":"Logged In","userId":"user-1","properties":{...}}}
 */
public record TrackCallExample(String eventName, ObjectNode message) {
  /** The properties the collector fills from the message itself, whatever the call carries for them. */
  private static final Set<String> SET_BY_COLLECTOR = Set.of("event_id", "timestamp");

  /** The example for {@code plan}, or empty when no event's required properties can be given a value. */
  public static Optional<TrackCallExample> of(TrackingPlan plan) {
    List<EventDef> candidates = new ArrayList<>();
    plan.loginEvent().ifPresent(candidates::add);
    candidates.addAll(plan.events());
    for (EventDef event : candidates) {
      Optional<ObjectNode> message = message(event);
      if (message.isPresent()) {
        return Optional.of(new TrackCallExample(event.name(), message.get()));
      }
    }
    return Optional.empty();
  }

  /** The call as compact JSON. */
  public String json() {
    return message.toString();
  }

  private static Optional<ObjectNode> message(EventDef event) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode message = nodes.objectNode();
    message.put("type", "track");
    message.put("event", event.name());
    ObjectNode properties = nodes.objectNode();
    ObjectNode context = nodes.objectNode();
    for (PropertyDef property : event.properties()) {
      if (SET_BY_COLLECTOR.contains(property.name())) {
        if (!holdsWhatTheCollectorSets(property)) {
          return Optional.empty();
        }
        continue;
      }
      Optional<JsonNode> value = wanted(property) ? SampleValues.of(property) : Optional.empty();
      if (value.isEmpty()) {
        if (property.required()) {
          return Optional.empty();
        }
        continue;
      }
      if (property.name().equals("user_id") && isText(property.type())) {
        message.set("userId", value.get());
      } else if (property.name().equals("url") && (property.type().kind() == TypeKind.URL || isText(property.type()))) {
        context.putObject("page").set("url", value.get());
      } else {
        properties.set(property.name(), value.get());
      }
    }
    message.set("properties", properties);
    if (!context.isEmpty()) {
      message.set("context", context);
    }
    return Optional.of(message);
  }

  /** Required properties, and the user and page, which every row is better for. */
  private static boolean wanted(PropertyDef property) {
    return property.required() || property.name().equals("user_id") || property.name().equals("url");
  }

  /** {@code event_id} gets a UUID, {@code timestamp} an ISO-8601 instant: their own types or a plain text hold it. */
  private static boolean holdsWhatTheCollectorSets(PropertyDef property) {
    TypeKind wanted = property.name().equals("event_id") ? TypeKind.UUID : TypeKind.TIMESTAMP;
    if (property.type().kind() == wanted) {
      return true;
    }
    return property.type() instanceof StringType string && string.values().isEmpty() && string.pattern().isEmpty()
        && string.minLength().isEmpty() && string.maxLength().isEmpty();
  }

  private static boolean isText(PropertyType type) {
    return type.kind() == TypeKind.STRING;
  }
}
