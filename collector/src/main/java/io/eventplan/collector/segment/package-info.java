/** Segment payloads read and mapped onto the plan's event envelope. */
package io.eventplan.collector.segment;
