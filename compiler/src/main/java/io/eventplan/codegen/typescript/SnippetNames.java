package io.eventplan.codegen.typescript;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.Identifiers;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Allocates each event's {@code track<Event>} function and {@code <Event>Props} type, distinct and valid whatever the plan's names. */
final class SnippetNames {

  /** Exported by the runtime, or declared in {@code tracking.d.ts} whatever the plan. */
  static final List<String> RESERVED = List.of(
      "init", "identify", "group", "flush", "reset", "validateEvent", "validateTraits",
      "InitOptions", "Drop", "Violation", "ViolationRule", "PeopleTraits", "CompanyTraits");

  /** Names used by the runtime inside the module (see runtime.js); exports must not shadow them. */
  private static final List<String> RUNTIME_INTERNALS = List.of("record", "EVENTS", "PEOPLE", "COMPANIES", "FILLS");

  /** The two names of one event. */
  record EventNames(String function, String propsType) {}

  private final Map<EventDef, EventNames> byEvent = new LinkedHashMap<>();

  SnippetNames(TrackingPlan plan) {
    Set<String> taken = new HashSet<>(RESERVED);
    taken.addAll(RUNTIME_INTERNALS);
    for (EventDef event : plan.events()) {
      String stem = stem(identifierWords(event.name()), event, taken);
      String type = startsAsIdentifier(stem) ? stem + "Props" : "Event" + stem + "Props";
      taken.add("track" + stem);
      taken.add(type);
      byEvent.put(event, new EventNames("track" + stem, type));
    }
  }

  EventNames of(EventDef event) {
    EventNames names = byEvent.get(event);
    if (names == null) {
      throw new IllegalArgumentException("not an event of this plan: " + event.name());
    }
    return names;
  }

  /**
   * The stem of both names, e.g. {@code LoggedIn}: the event's PascalCase name, or when that is taken
   * {@code NameV2} (its major version), then {@code NameV2_2}, {@code NameV2_3}, ...
   */
  private static String stem(String pascal, EventDef event, Set<String> taken) {
    String candidate = isTaken(pascal, taken) && event.version() > 1 ? pascal + "V" + event.version() : pascal;
    String base = candidate;
    for (int n = 2; isTaken(candidate, taken); n++) {
      candidate = base + "_" + n;
    }
    return candidate;
  }

  private static boolean isTaken(String stem, Set<String> taken) {
    return taken.contains("track" + stem) || taken.contains(stem + "Props") || taken.contains("Event" + stem + "Props");
  }

  /**
   * The PascalCase words of a name, keeping only code points JavaScript and TypeScript accept inside
   * an identifier: letters and digits, less the one letter that ECMAScript excludes as pattern syntax.
   */
  static String identifierWords(String name) {
    StringBuilder out = new StringBuilder();
    Identifiers.pascal(name).codePoints()
        .filter(SnippetNames::isIdentifierPart)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isIdentifierPart(int codePoint) {
    if (codePoint < 0x80) {
      return Character.isLetterOrDigit(codePoint);
    }
    return codePoint != 0x2E2F // VERTICAL TILDE: a letter (Lm) but Pattern_Syntax, so not ID_Start
        && Character.isUnicodeIdentifierPart(codePoint)
        && !Character.isIdentifierIgnorable(codePoint);
  }

  private static boolean startsAsIdentifier(String name) {
    return !name.isEmpty() && !Character.isDigit(name.codePointAt(0));
  }
}
