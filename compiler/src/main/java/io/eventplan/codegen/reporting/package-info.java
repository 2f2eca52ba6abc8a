/** The report views of a plan (schema {@code reporting}), shared by the SQL, Power BI and catalog emitters. */
package io.eventplan.codegen.reporting;
