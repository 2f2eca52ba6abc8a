/** Fuzz tests of the collector's payload handling (Jazzer). */
package io.eventplan.collector.fuzz;
