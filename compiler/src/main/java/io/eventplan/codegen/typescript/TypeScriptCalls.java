package io.eventplan.codegen.typescript;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TrackingPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For documentation and spreadsheets: the call that sends each event through the generated snippet,
 * named exactly as {@code tracking.d.ts} names it, with its required properties filled with sample
 * values (the first allowed value, the first example, or a value of the type).
 */
public final class TypeScriptCalls {
  private TypeScriptCalls() {}

  /** One event's generated names and a sample call, e.g. {@code trackLoggedIn({ type: "password" })}. */
  public record Call(String function, String propsType, String sample) {}

  /** Every event of {@code plan} by name, in plan order. */
  public static Map<String, Call> of(TrackingPlan plan) {
    SnippetNames names = new SnippetNames(plan);
    EnvelopeFills fills = new EnvelopeFills(plan);
    Map<String, Call> calls = new LinkedHashMap<>();
    for (EventDef event : plan.events()) {
      SnippetNames.EventNames eventNames = names.of(event);
      List<PropertyDef> required = fills.callerProperties(event).stream().filter(PropertyDef::required).toList();
      String args = required.isEmpty() ? "" : object(required);
      calls.put(event.name(), new Call(eventNames.function(), eventNames.propsType(),
          eventNames.function() + "(" + args + ");"));
    }
    return calls;
  }

  private static String object(List<PropertyDef> properties) {
    if (properties.isEmpty()) {
      return "{}";
    }
    return properties.stream()
        .map(p -> JsText.objectKey(p.name()) + ": " + sample(p.type(), p.examples()))
        .collect(Collectors.joining(", ", "{ ", " }"));
  }

  private static String sample(PropertyType type, List<Object> examples) {
    switch (type.kind()) {
      case STRING:
        List<String> values = ((StringType) type).values();
        return JsText.string(!values.isEmpty() ? values.get(0) : !examples.isEmpty() ? examples.get(0).toString() : "…");
      case INTEGER:
        IntegerType integer = (IntegerType) type;
        return !integer.values().isEmpty() ? integer.values().get(0).toString()
            : !examples.isEmpty() ? examples.get(0).toString() : integer.min().orElse(1L).toString();
      case NUMBER:
        NumberType number = (NumberType) type;
        return JsText.number(!number.values().isEmpty() ? number.values().get(0)
            : !examples.isEmpty() ? ((Number) examples.get(0)).doubleValue() : number.min().orElse(1.0));
      case BOOLEAN:
        return "true";
      case TIMESTAMP:
        return "new Date().toISOString()";
      case DATE:
        return "\"2026-01-31\"";
      case UUID:
        return "crypto.randomUUID()";
      case URL:
        return "location.href";
      case EMAIL:
        return "\"ada@example.com\"";
      case ARRAY:
        return "[" + sample(((ArrayType) type).items(), List.of()) + "]";
      case OBJECT:
        return object(((ObjectType) type).properties().stream().filter(PropertyDef::required).toList());
      default:
        throw new IllegalArgumentException("unknown type " + type.kind());
    }
  }
}
