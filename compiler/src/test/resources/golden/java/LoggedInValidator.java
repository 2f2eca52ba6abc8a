// Generated from tracking-plan.yaml by eventplan - do not edit.
package com.example.events;

import io.eventplan.runtime.Column;
import io.eventplan.runtime.ColumnType;
import io.eventplan.runtime.EventStatus;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.EventValidator;
import io.eventplan.runtime.ValidationResult;
import io.eventplan.runtime.Violation;
import io.eventplan.runtime.support.Formats;
import io.eventplan.runtime.support.ValidatorSupport;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Validates the event "Logged In" as the collector receives it: a JSON object of exactly the plan's properties.
 * Every check is generated code; the result is the typed {@link LoggedIn} or every violation.
 *
 * <p>Stateless and thread-safe. Source: tracking-plan.yaml:33:3.
 */
public final class LoggedInValidator implements EventValidator<LoggedIn> {
  /**
   * The event this validator checks.
   */
  public static final String EVENT_NAME = "Logged In";

  /**
   * How the warehouse keeps this event: its typed table, view and columns.
   */
  public static final EventTable TABLE = new EventTable("Logged In", 1, EventStatus.IMPLEMENTED, "logged_in", "event_logged_in", List.of(
      new Column("event_id", "event_id", "event_id", ColumnType.UUID),
      new Column("timestamp", "timestamp", "timestamp", ColumnType.TIMESTAMP),
      new Column("user_id", "user_id", "user_id", ColumnType.TEXT),
      new Column("url", "url", "url", ColumnType.TEXT),
      new Column("type", "type", "type", ColumnType.TEXT)));

  @Override
  public String eventName() {
    return EVENT_NAME;
  }

  @Override
  public ValidationResult<LoggedIn> validate(byte[] json) {
    return ValidatorSupport.validateDocument(json, this);
  }

  @Override
  public ValidationResult<LoggedIn> validate(JsonParser parser) {
    List<Violation> out = new ArrayList<>();
    LoggedIn value = null;
    try {
      if (ValidatorSupport.startObject(parser, out)) {
        value = readLoggedIn(parser, "", out);
      }
    } catch (JacksonException e) {
      ValidatorSupport.syntax(out, e);
    }
    return ValidatorSupport.result(value, out);
  }

  private static LoggedIn readLoggedIn(JsonParser parser, String path, List<Violation> out) {
    int before = out.size();
    long seen0 = 0L;
    UUID eventId = null;
    Instant timestamp = null;
    String userId = null;
    URI url = null;
    LoggedIn.Type type = null;
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      JsonToken token = parser.nextToken();
      switch (member) {
        case "event_id":
          if ((seen0 & 0x1L) != 0L) {
            ValidatorSupport.duplicate(out, path + "/event_id");
          }
          seen0 |= 0x1L;
          if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            eventId = Formats.parseUuid(text);
            if (eventId == null) {
              out.add(new Violation(path + "/event_id", "format", "must be a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000"));
            }
          } else {
            ValidatorSupport.wrongType(parser, token, out, path + "/event_id", "a string");
          }
          break;
        case "timestamp":
          if ((seen0 & 0x2L) != 0L) {
            ValidatorSupport.duplicate(out, path + "/timestamp");
          }
          seen0 |= 0x2L;
          if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            timestamp = Formats.parseDateTime(text);
            if (timestamp == null) {
              out.add(new Violation(path + "/timestamp", "format", "must be a date-time with offset, e.g. 2024-01-31T12:00:00Z"));
            }
          } else {
            ValidatorSupport.wrongType(parser, token, out, path + "/timestamp", "a string");
          }
          break;
        case "user_id":
          if ((seen0 & 0x4L) != 0L) {
            ValidatorSupport.duplicate(out, path + "/user_id");
          }
          seen0 |= 0x4L;
          if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            userId = text;
            if (ValidatorSupport.longerThan(text, 255)) {
              out.add(new Violation(path + "/user_id", "maxLength", "must be at most 255 characters long"));
            }
          } else {
            ValidatorSupport.wrongType(parser, token, out, path + "/user_id", "a string");
          }
          break;
        case "url":
          if ((seen0 & 0x8L) != 0L) {
            ValidatorSupport.duplicate(out, path + "/url");
          }
          seen0 |= 0x8L;
          if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            url = Formats.parseUri(text);
            if (url == null) {
              out.add(new Violation(path + "/url", "format", "must be an absolute URI, e.g. https://example.com/page"));
            }
          } else {
            ValidatorSupport.wrongType(parser, token, out, path + "/url", "a string");
          }
          break;
        case "type":
          if ((seen0 & 0x10L) != 0L) {
            ValidatorSupport.duplicate(out, path + "/type");
          }
          seen0 |= 0x10L;
          if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            type = LoggedIn.Type.fromWire(text);
            if (type == null) {
              out.add(new Violation(path + "/type", "enum", "must be one of password, sso, magic_link"));
            }
          } else {
            ValidatorSupport.wrongType(parser, token, out, path + "/type", "a string");
          }
          break;
        default:
          ValidatorSupport.unknownMember(parser, out, path, member);
      }
    }
    if ((seen0 & 0x1L) == 0L) {
      ValidatorSupport.missing(out, path + "/event_id");
    }
    if ((seen0 & 0x2L) == 0L) {
      ValidatorSupport.missing(out, path + "/timestamp");
    }
    if ((seen0 & 0x4L) == 0L) {
      ValidatorSupport.missing(out, path + "/user_id");
    }
    if ((seen0 & 0x8L) == 0L) {
      ValidatorSupport.missing(out, path + "/url");
    }
    if ((seen0 & 0x10L) == 0L) {
      ValidatorSupport.missing(out, path + "/type");
    }
    return out.size() == before ? new LoggedIn(eventId, timestamp, userId, url, type) : null;
  }
}
