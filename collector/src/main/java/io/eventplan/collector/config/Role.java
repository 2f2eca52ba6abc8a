package io.eventplan.collector.config;

import java.util.Locale;
import java.util.Map;

/**
 * What a process started from the collector jar does ({@code EVENTPLAN_ROLE}): take events over HTTP (the
 * default), or load them from Kafka into the warehouse.
 */
public enum Role {
  /** The event API: validates events and writes them to PostgreSQL, or to Kafka in Kafka mode. */
  COLLECTOR,
  /** Consumes the Kafka topics the collectors produce and writes them to PostgreSQL (docs/scaling.md). */
  LOADER;

  /** {@code EVENTPLAN_ROLE}: {@code collector} (default) or {@code loader}. */
  public static Role fromEnvironment(Map<String, String> env) {
    String value = env.get("EVENTPLAN_ROLE");
    if (value == null || value.isBlank()) {
      return COLLECTOR;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(java.util.List.of("EVENTPLAN_ROLE must be collector or loader, not '" + value + "'"));
    }
  }
}
