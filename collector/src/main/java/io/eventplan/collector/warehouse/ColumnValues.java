package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.PropertyType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Converts validated JSON values to SQL parameters by the property's plan type, and says which
 * placeholder each type needs. Text-shaped types (timestamp, date, uuid, jsonb) are sent as text
 * and cast by PostgreSQL, so the database parses them with its own rules.
 */
public final class ColumnValues {
  /** The date and time of an RFC 3339 date-time, 'T' in either case; the offset is read apart. */
  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .toFormatter(Locale.ROOT);

  private ColumnValues() {}

  /** The placeholder for a column of this type, with its cast. */
  public static String placeholder(PropertyType type) {
    switch (type.kind()) {
      case TIMESTAMP:
        return "CAST(? AS timestamptz)";
      case DATE:
        return "CAST(? AS date)";
      case UUID:
        return "CAST(? AS uuid)";
      case ARRAY:
      case OBJECT:
        return "CAST(? AS jsonb)";
      default:
        return "?";
    }
  }

  /** Binds {@code value} (null or missing: SQL NULL) as parameter {@code index}. */
  public static void bind(PreparedStatement statement, int index, PropertyType type, JsonNode value,
      JsonText json) throws SQLException {
    if (value == null || value.isMissingNode() || value.isNull()) {
      statement.setNull(index, sqlType(type));
      return;
    }
    switch (type.kind()) {
      case INTEGER:
        statement.setLong(index, value.isIntegralNumber() ? value.longValue()
            : value.decimalValue().longValueExact());
        break;
      case NUMBER:
        statement.setDouble(index, value.doubleValue());
        break;
      case BOOLEAN:
        statement.setBoolean(index, value.booleanValue());
        break;
      case TIMESTAMP:
        statement.setObject(index, utc(value.asString()));
        break;
      case ARRAY:
      case OBJECT:
        statement.setString(index, json.text(value));
        break;
      default:
        statement.setString(index, value.asString());
        break;
    }
  }

  /**
   * The text form of {@code value} in a COPY (null or missing: {@code null}, SQL NULL), the same
   * value {@link #bind} would send.
   */
  public static String copyText(PropertyType type, JsonNode value, JsonText json) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return null;
    }
    switch (type.kind()) {
      case INTEGER:
        return Long.toString(value.isIntegralNumber() ? value.longValue() : value.decimalValue().longValueExact());
      case NUMBER:
        return Double.toString(value.doubleValue());
      case BOOLEAN:
        return value.booleanValue() ? "t" : "f";
      case TIMESTAMP:
        return utc(value.asString()).toString();
      case ARRAY:
      case OBJECT:
        return json.text(value);
      default:
        return value.asString();
    }
  }

  private static int sqlType(PropertyType type) {
    switch (type.kind()) {
      case INTEGER:
        return Types.BIGINT;
      case NUMBER:
        return Types.DOUBLE;
      case BOOLEAN:
        return Types.BOOLEAN;
      default:
        return Types.VARCHAR;
    }
  }

  /**
   * Rounds to the microsecond PostgreSQL keeps, half up, here rather than in the driver or the
   * server (which round a half differently), so that INSERT and COPY store the same instant.
   */
  private static OffsetDateTime toMicros(OffsetDateTime time) {
    int nanosOfMicro = time.getNano() % 1_000;
    OffsetDateTime truncated = time.minusNanos(nanosOfMicro);
    return nanosOfMicro >= 500 ? truncated.plusNanos(1_000) : truncated;
  }

  /**
   * A validated RFC 3339 date-time as the same instant in UTC, to the microsecond. It cannot go to PostgreSQL as text:
   * PostgreSQL's input refuses offsets beyond +-15:59 ({@code 2024-01-31T12:00:00+16:30}, error
   * 22009) and a leap second with a fraction ({@code 23:59:60.5Z}, 22008), which RFC 3339 and the
   * validators allow. A leap second is read as the next second, as PostgreSQL reads {@code 23:59:60};
   * digits of a fraction beyond nanoseconds are dropped, then the time is rounded to microseconds (half up).
   */
  public static OffsetDateTime utc(String text) {
    String readable = text;
    int seconds = 17;
    boolean leap = text.length() > seconds + 1 && text.startsWith("60", seconds);
    if (leap) {
      readable = readable.substring(0, seconds) + "59" + readable.substring(seconds + 2);
    }
    int dot = seconds + 2;
    if (readable.length() > dot && readable.charAt(dot) == '.') {
      int end = dot + 1;
      while (end < readable.length() && Character.isDigit(readable.charAt(end))) {
        end++;
      }
      if (end - dot - 1 > 9) {
        readable = readable.substring(0, dot + 10) + readable.substring(end);
      }
    }
    // the offset ('Z' or +-hh:mm) by hand: java.time stops at +-18:00, RFC 3339 goes to +-23:59
    int offsetSeconds = 0;
    char last = readable.charAt(readable.length() - 1);
    if (last == 'Z' || last == 'z') {
      readable = readable.substring(0, readable.length() - 1);
    } else {
      String offset = readable.substring(readable.length() - 6);
      int sign = offset.charAt(0) == '-' ? -1 : 1;
      offsetSeconds = sign * (Integer.parseInt(offset.substring(1, 3)) * 3600 + Integer.parseInt(offset.substring(4)) * 60);
      readable = readable.substring(0, readable.length() - 6);
    }
    OffsetDateTime time = LocalDateTime.parse(readable, LOCAL).minusSeconds(offsetSeconds).atOffset(ZoneOffset.UTC);
    return toMicros(leap ? time.plusSeconds(1) : time);
  }
}
