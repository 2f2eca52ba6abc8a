package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.reporting.ReportColumnType;

/**
 * How a report column appears in the Power BI semantic model: its TMDL data type and the format
 * string it is shown with (none for text and booleans).
 */
enum PowerBiTypes {
  STRING("string", null),
  WHOLE_NUMBER("int64", "0"),
  // numeric becomes double, not TMDL's "decimal" (a fixed decimal with 4 places that would cut digits)
  DECIMAL_NUMBER("double", null),
  TRUE_FALSE("boolean", null),
  DAY("dateTime", "yyyy-mm-dd"),
  MOMENT("dateTime", "yyyy-mm-dd hh:nn:ss");

  private final String dataType;
  private final String formatString;

  PowerBiTypes(String dataType, String formatString) {
    this.dataType = dataType;
    this.formatString = formatString;
  }

  static PowerBiTypes of(ReportColumnType type) {
    switch (type) {
      case TEXT:
        return STRING;
      case INTEGER:
      case BIGINT:
        return WHOLE_NUMBER;
      case DOUBLE:
      case NUMERIC:
        return DECIMAL_NUMBER;
      case BOOLEAN:
        return TRUE_FALSE;
      case DATE:
        return DAY;
      case TIMESTAMPTZ:
        return MOMENT;
      default:
        throw new IllegalArgumentException("no Power BI type for report column type " + type);
    }
  }

  /** The TMDL {@code dataType}: string, int64, double, boolean or dateTime. */
  String dataType() {
    return dataType;
  }

  /** The TMDL {@code formatString}, or null when Power BI's default is right. */
  String formatString() {
    return formatString;
  }

  /** Dates are dateTime in the model; this annotation tells Power BI to treat them as dates. */
  boolean isDateOnly() {
    return this == DAY;
  }
}
