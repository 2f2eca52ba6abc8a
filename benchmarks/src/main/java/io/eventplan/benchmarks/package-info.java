/** JMH benchmarks of the code eventplan generates, against the libraries a collector could use instead. */
package io.eventplan.benchmarks;
