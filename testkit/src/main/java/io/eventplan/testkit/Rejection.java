package io.eventplan.testkit;

import io.eventplan.runtime.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One message the collector refused, as {@code rejected_events} keeps it.
 *
 * @param eventName the event's name as sent; null for calls without one (identify, group) or when it was missing
 * @param reasons every reason: where in the message ({@code path}), which rule, and a message for people
 * @param payload the message as received (without the write key), or the body when it was not JSON
 */
public record Rejection(String eventName, List<Violation> reasons, String payload) {

  public Rejection {
    reasons = List.copyOf(reasons);
  }

  /** The rules broken, e.g. {@code [enum, required]}. */
  public List<String> rules() {
    return reasons.stream().map(Violation::rule).toList();
  }

  /** The reasons as one line each, {@code path rule: message}, for assertion messages. */
  @Override
  public String toString() {
    return "'" + eventName + "' rejected: " + reasons.stream()
        .map(v -> v.path() + " " + v.rule() + ": " + v.message()).collect(Collectors.joining("; "));
  }
}
