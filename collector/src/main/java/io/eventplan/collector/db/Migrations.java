package io.eventplan.collector.db;

import javax.sql.DataSource;

/**
 * Brings the warehouse schema up to date before the collector accepts events. Implementations
 * must be safe when several collectors start at once: exactly one applies the changes, the others
 * wait and then find nothing to do.
 */
@FunctionalInterface
public interface Migrations {

  /** Applies what is missing; throws when the schema cannot be brought up to date. */
  void migrate(DataSource dataSource) throws Exception;
}
