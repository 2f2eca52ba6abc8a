package io.eventplan.codegen.jsonschema;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PlanInfo;
import io.eventplan.plan.naming.Identifiers;
import java.nio.charset.StandardCharsets;

/**
 * Where each schema goes and the {@code $id} it declares. Both depend only on the plan's name and
 * the event's snake_case name and major version, never on the plan version, so a schema keeps its
 * identity across plan changes.
 */
final class SchemaNames {

  static final String ID_BASE = "https://eventplan.io/schemas/";
  static final String RESOURCE_DIR = "eventplan/schemas/";

  private SchemaNames() {}

  /** {@code events/logged_in.json}, or {@code events/logged_in_v2.json} from major version 2. */
  static String eventFile(EventDef event) {
    String snake = Identifiers.snake(event.name());
    return "events/" + (event.version() > 1 ? snake + "_v" + event.version() : snake) + ".json";
  }

  /** The resource path of a schema file such as {@code events/logged_in.json} or {@code people.json}. */
  static String resourcePath(String file) {
    return RESOURCE_DIR + file;
  }

  /** {@code https://eventplan.io/schemas/event_data_project/events/logged_in.json}, URI-escaped. */
  static String id(PlanInfo plan, String file) {
    String planSegment = Identifiers.snake(plan.name());
    return ID_BASE + uriEscape(planSegment.isEmpty() ? "plan" : planSegment) + "/" + uriEscape(file);
  }

  /**
   * Percent-encodes the UTF-8 bytes of everything but unreserved characters and '/': names may hold
   * Unicode letters ({@code café_visited}), and {@code $id} must be a URI, not an IRI.
   */
  static String uriEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c) || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
