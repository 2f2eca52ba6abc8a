package io.eventplan.codegen.reporting;

/** The plain column types report views expose, so BI tools read them without conversions. */
public enum ReportColumnType {
  TEXT("text"),
  INTEGER("integer"),
  BIGINT("bigint"),
  DOUBLE("double precision"),
  NUMERIC("numeric"),
  BOOLEAN("boolean"),
  DATE("date"),
  TIMESTAMPTZ("timestamp with time zone");

  private final String sqlType;

  ReportColumnType(String sqlType) {
    this.sqlType = sqlType;
  }

  /** The PostgreSQL type name as {@code format_type} and information_schema print it, e.g. {@code timestamp with time zone}. */
  public String sqlType() {
    return sqlType;
  }
}
