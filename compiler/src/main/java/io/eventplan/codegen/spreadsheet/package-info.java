/**
 * The Segment tracking-plan spreadsheet: reading its CSV into a checked {@code tracking-plan.yaml}
 * ({@link io.eventplan.codegen.spreadsheet.SpreadsheetImport}) and writing a plan back into it
 * ({@link io.eventplan.codegen.spreadsheet.SpreadsheetExport}).
 */
package io.eventplan.codegen.spreadsheet;
