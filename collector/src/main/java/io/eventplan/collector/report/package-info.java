/** The report at /report: who logged in and when, "has user X done Y", logins per day, as a page, JSON and CSV. */
package io.eventplan.collector.report;
