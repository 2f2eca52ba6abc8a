package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.PropertyType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import tools.jackson.databind.JsonNode;

/**
 * Converts validated JSON values to SQL parameters by the property's plan type, and says which
 * placeholder each type needs. Text-shaped types (timestamp, date, uuid, jsonb) are sent as text
 * and cast by PostgreSQL, so the database parses them with its own rules.
 */
public final class ColumnValues {
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
      case ARRAY:
      case OBJECT:
        statement.setString(index, json.text(value));
        break;
      default:
        statement.setString(index, value.asString());
        break;
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
}
