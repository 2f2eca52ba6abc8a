package io.eventplan.collector.warehouse;

import io.eventplan.runtime.ColumnType;
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
 * Converts validated JSON values to SQL parameters by the property's column type, and says which
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
  public static String placeholder(ColumnType type) {
    switch (type) {
      case TIMESTAMP:
        return "CAST(? AS timestamptz)";
      case DATE:
        return "CAST(? AS date)";
      case UUID:
        return "CAST(? AS uuid)";
      case JSONB:
        return "CAST(? AS jsonb)";
      default:
        return "?";
    }
  }

  /** Binds {@code value} (null or missing: SQL NULL) as parameter {@code index}. */
  public static void bind(PreparedStatement statement, int index, ColumnType type, JsonNode value,
      JsonText json) throws SQLException {
    if (value == null || value.isMissingNode() || value.isNull()) {
      statement.setNull(index, sqlType(type));
      return;
    }
    switch (type) {
      case BIGINT:
        statement.setLong(index, value.isIntegralNumber() ? value.longValue()
            : value.decimalValue().longValueExact());
        break;
      case DOUBLE:
        statement.setDouble(index, value.doubleValue());
        break;
      case BOOLEAN:
        statement.setBoolean(index, value.booleanValue());
        break;
      case TIMESTAMP:
        statement.setObject(index, utc(value.asString()));
        break;
      case DATE:
        statement.setString(index, pgDate(value.asString()));
        break;
      case JSONB:
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
  public static String copyText(ColumnType type, JsonNode value, JsonText json) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return null;
    }
    switch (type) {
      case BIGINT:
        return Long.toString(value.isIntegralNumber() ? value.longValue() : value.decimalValue().longValueExact());
      case DOUBLE:
        return Double.toString(value.doubleValue());
      case BOOLEAN:
        return value.booleanValue() ? "t" : "f";
      case TIMESTAMP:
        return pgTimestamp(utc(value.asString()));
      case DATE:
        return pgDate(value.asString());
      case JSONB:
        return json.text(value);
      default:
        return value.asString();
    }
  }

  /**
   * A validated RFC 3339 full-date as PostgreSQL reads it. RFC 3339 has a year 0000 (ISO 8601's
   * astronomical year 0, the year before 1); PostgreSQL counts 1 BC instead and refuses year 0000.
   */
  public static String pgDate(String date) {
    return date.startsWith("0000-") ? "0001" + date.substring(4) + " BC" : date;
  }

  /**
   * An instant in UTC as PostgreSQL's timestamptz input reads it, to the microsecond: years before
   * 1 (an offset can move 0000-01-01 into 2 BC) as BC, years after 9999 with more digits.
   */
  public static String pgTimestamp(OffsetDateTime utc) {
    int year = utc.getYear();
    boolean bc = year <= 0;
    StringBuilder text = new StringBuilder(40);
    pad(text, bc ? 1 - year : year, 4).append('-');
    pad(text, utc.getMonthValue(), 2).append('-');
    pad(text, utc.getDayOfMonth(), 2).append(' ');
    pad(text, utc.getHour(), 2).append(':');
    pad(text, utc.getMinute(), 2).append(':');
    pad(text, utc.getSecond(), 2).append('.');
    pad(text, utc.getNano() / 1_000, 6).append("+00");
    return bc ? text.append(" BC").toString() : text.toString();
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  private static int sqlType(ColumnType type) {
    switch (type) {
      case BIGINT:
        return Types.BIGINT;
      case DOUBLE:
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
