package io.eventplan.runtime;

/** How a property's value is stored in the warehouse: the PostgreSQL type of its column. */
public enum ColumnType {
  /** {@code text}: string, url, email. */
  TEXT,
  /** {@code bigint}: integer. */
  BIGINT,
  /** {@code double precision}: number. */
  DOUBLE,
  /** {@code boolean}. */
  BOOLEAN,
  /** {@code timestamptz}: timestamp, stored as the same instant in UTC. */
  TIMESTAMP,
  /** {@code date}. */
  DATE,
  /** {@code uuid}. */
  UUID,
  /** {@code jsonb}: array and object. */
  JSONB
}
