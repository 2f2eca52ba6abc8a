/**
 * The Power BI outputs: a {@code .pbids} connection file for the warehouse and a Power BI Project
 * (semantic model in TMDL over the report views, report in PBIR with a table of logged-in users).
 */
package io.eventplan.codegen.powerbi;
