package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.naming.Identifiers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Segment's naming conventions: events in Title Case "Object Action" with a past-tense verb
 * ({@code Feature Used}, {@code Logged In}), properties in snake_case. Warnings, errors if strict.
 */
final class NamingConventions {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Set<String> PARTICLES =
      Set.of("In", "Out", "Up", "Down", "Off", "On", "Over", "Back", "Away", "Through");
  private static final Set<String> IRREGULAR_PAST =
      Set.of("Sent", "Built", "Made", "Paid", "Won", "Lost", "Began", "Did", "Done", "Gave", "Given",
          "Got", "Held", "Kept", "Left", "Met", "Read", "Ran", "Saw", "Seen", "Sold", "Spent", "Told",
          "Took", "Taken", "Wrote", "Written", "Bought", "Brought", "Found", "Set", "Put", "Shut",
          "Split", "Hid", "Hidden", "Chose", "Chosen", "Drew", "Drawn", "Forgot", "Forgotten",
          "Froze", "Frozen", "Rode", "Shown", "Spoke", "Stood", "Struck", "Swept", "Threw",
          "Thrown", "Understood", "Undid", "Upset", "Withdrew", "Cut", "Hit", "Led", "Let", "Quit",
          "Reset", "Bound", "Fed", "Fled", "Heard", "Lit", "Sought", "Taught", "Thought", "Woke");

  private final Diagnostics diagnostics;
  private final boolean strict;

  NamingConventions(Diagnostics diagnostics, CheckOptions options) {
    this.diagnostics = diagnostics;
    this.strict = options.strict();
  }

  void checkEvent(EventDef event) {
    if (!isObjectAction(event.name())) {
      report(DiagnosticCode.EVENT_NAMING, event.location(),
          "event name '" + event.name() + "' does not follow the \"Object Action\" convention: Title Case"
              + " words ending in a past-tense verb, such as 'Feature Used' or 'Logged In'. Rename it"
              + (strict ? "." : ", or leave it if your team uses another convention."));
    }
  }

  void checkProperty(PropertyDef property, String where) {
    if (!SNAKE_CASE.matcher(property.name()).matches()) {
      String suggestion = Identifiers.snake(property.name());
      report(DiagnosticCode.PROPERTY_NAMING, property.location(),
          "property '" + property.name() + "' of " + where + " is not in snake_case"
              + (suggestion.isEmpty() || suggestion.equals(property.name()) ? "" : "; use '" + suggestion + "'")
              + ".");
    }
  }

  static boolean isObjectAction(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(name.split(" ", -1)));
    for (String word : words) {
      if (word.isEmpty() || !(Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))) {
        return false;
      }
    }
    while (words.size() > 1 && PARTICLES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    String verb = words.get(words.size() - 1);
    return verb.endsWith("ed") || IRREGULAR_PAST.contains(verb);
  }

  private void report(DiagnosticCode code, Location at, String message) {
    if (strict) {
      diagnostics.error(code, at, message);
    } else {
      diagnostics.warning(code, at, message);
    }
  }
}
