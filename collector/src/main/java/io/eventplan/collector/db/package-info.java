/** The database connection: pool, embedded PostgreSQL, migrations and reachability. */
package io.eventplan.collector.db;
