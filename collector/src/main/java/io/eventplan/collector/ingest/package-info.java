/** From accepted requests to committed rows: the group-commit writer and the rows it writes. */
package io.eventplan.collector.ingest;
