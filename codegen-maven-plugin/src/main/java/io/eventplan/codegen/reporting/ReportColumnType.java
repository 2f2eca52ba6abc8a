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
  TIMESTAMPTZ("timestamptz");

  private final String sqlType;

  ReportColumnType(String sqlType) {
    this.sqlType = sqlType;
  }

  /** The PostgreSQL type name, as {@code pg_catalog.format_type} prints it for a view column. */
  public String sqlType() {
    return sqlType;
  }
}
