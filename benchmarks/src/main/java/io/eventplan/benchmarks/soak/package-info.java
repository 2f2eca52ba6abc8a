/** A soak run: sustained load on a real collector for minutes, with latency, errors and memory over time. */
package io.eventplan.benchmarks.soak;
