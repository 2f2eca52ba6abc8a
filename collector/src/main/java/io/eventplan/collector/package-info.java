/** The collector: a Segment-compatible HTTP API that checks events against the plan and stores them in PostgreSQL. */
package io.eventplan.collector;
