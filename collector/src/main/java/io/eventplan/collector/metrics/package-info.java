/** Prometheus metrics of the collector, through Micrometer. */
package io.eventplan.collector.metrics;
