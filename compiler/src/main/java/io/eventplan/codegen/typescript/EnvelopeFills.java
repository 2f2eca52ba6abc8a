package io.eventplan.codegen.typescript;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TypeKind;
import java.util.ArrayList;
import java.util.List;

/** The common properties the snippet fills in itself (see {@link #ALL}), so callers never pass them. */
final class EnvelopeFills {

  /**
   * One fill: a property name, the type it must have, and how the declarations describe it for each
   * target (the snippet fills it in; over analytics-next the library sends it and the collector maps it).
   */
  record Fill(String name, TypeKind type, String description, String analyticsNextDescription) {

    String description(TypeScriptTarget target) {
      return target == TypeScriptTarget.SNIPPET ? description : analyticsNextDescription;
    }
  }

  /**
   * A common property is filled in when it has exactly one of these names and types; otherwise the caller
   * supplies it. {@code event_id} is also the Segment {@code messageId}, {@code timestamp} is
   * {@code Date.toISOString()} (UTC, offset Z), {@code url} is sent as Segment's {@code context.page.url}.
   */
  static final List<Fill> ALL = List.of(
      new Fill("event_id", TypeKind.UUID, "a new random UUID (also the Segment messageId)",
          "the collector's UUID of analytics-next's messageId"),
      new Fill("timestamp", TypeKind.TIMESTAMP, "the time of the call", "the time of the call"),
      new Fill("user_id", TypeKind.STRING, "the user id of the last identify() call, absent before one",
          "analytics-next's userId, from the last identify() call, absent before one"),
      new Fill("url", TypeKind.URL, "location.href",
          "analytics-next's context.page.url: location.href without its #fragment, or the page's canonical URL"));

  private final List<Fill> filled;

  EnvelopeFills(TrackingPlan plan) {
    List<Fill> found = new ArrayList<>();
    for (Fill fill : ALL) {
      boolean common = plan.commonProperties().stream()
          .anyMatch(p -> p.name().equals(fill.name()) && p.type().kind() == fill.type());
      if (common) {
        found.add(fill);
      }
    }
    this.filled = List.copyOf(found);
  }

  /** The fills that apply to this plan, in the order of {@link #ALL}. */
  List<Fill> filled() {
    return filled;
  }

  List<String> filledNames() {
    return filled.stream().map(Fill::name).toList();
  }

  boolean isFilled(PropertyDef property) {
    return property.common() && filledNames().contains(property.name());
  }

  /** What a caller passes for {@code event}: its own properties and the common ones not filled in. */
  List<PropertyDef> callerProperties(EventDef event) {
    return event.properties().stream().filter(p -> !isFilled(p)).toList();
  }
}
