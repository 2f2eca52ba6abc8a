/** The report benchmark (issue 7): the reporting views over 10 million events against a naive GROUP BY. */
package io.eventplan.benchmarks.report;
