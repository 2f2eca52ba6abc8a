package io.eventplan.collector.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What production sends, per event of the plan, on {@code /metrics}: {@code eventplan_plan_events_total{event,
 * outcome}} (outcome {@code accepted} or {@code refused}) and {@code eventplan_plan_violations_total{event, rule}}
 * (once per distinct rule a refused message broke). The {@code event} label is a plan event's name, or one of
 * {@value #UNPLANNED}, {@value #IDENTIFY}, {@value #GROUP} and {@value #OTHER}: names senders make up never
 * become labels, so the number of series stays bounded by the plan (rules are the validators' and the collector's
 * own). The plan's events start at zero, so a dashboard sees an event that never arrives.
 */
public final class PlanEventMeters {
  /** Every event name the plan does not have. */
  public static final String UNPLANNED = "(unplanned)";
  public static final String IDENTIFY = "(identify)";
  public static final String GROUP = "(group)";
  /** Messages of no known call type, or not readable as a message. */
  public static final String OTHER = "(other)";

  private final MeterRegistry registry;
  private final Set<String> planned;

  public PlanEventMeters(MeterRegistry registry, Collection<String> planEvents) {
    this.registry = registry;
    this.planned = Set.copyOf(new LinkedHashSet<>(planEvents));
    for (String event : planEvents) {
      events(event, "accepted");
      events(event, "refused");
    }
  }

  /**
   * Counts one message after its transaction committed.
   *
   * @param messageType track, page, identify, group, or anything else (null) for what had none
   * @param eventName the event name the message carried, or null
   * @param refusedRules the distinct rules it broke; empty when it was stored
   */
  public void count(String messageType, String eventName, List<String> refusedRules) {
    String event = label(messageType, eventName);
    if (refusedRules.isEmpty()) {
      events(event, "accepted").increment();
      return;
    }
    events(event, "refused").increment();
    for (String rule : new LinkedHashSet<>(refusedRules)) {
      Counter.builder("eventplan.plan.violations")
          .description("Rules broken by refused messages, per plan event (each rule once per message)")
          .tag("event", event)
          .tag("rule", rule)
          .register(registry)
          .increment();
    }
  }

  /** The {@code event} label of a message: its plan event, or what kind of message it was. */
  String label(String messageType, String eventName) {
    if ("identify".equals(messageType)) {
      return IDENTIFY;
    }
    if ("group".equals(messageType)) {
      return GROUP;
    }
    if (!"track".equals(messageType) && !"page".equals(messageType)) {
      return OTHER;
    }
    return eventName != null && planned.contains(eventName) ? eventName : UNPLANNED;
  }

  private Counter events(String event, String outcome) {
    return Counter.builder("eventplan.plan.events")
        .description("Messages by plan event and outcome: accepted into the warehouse or refused")
        .tag("event", event)
        .tag("outcome", outcome)
        .register(registry);
  }
}
