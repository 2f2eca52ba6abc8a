package io.eventplan.codegen.warehouse;

/**
 * A Liquibase changeset of the reporting schema. Unlike the warehouse's table changesets it is not
 * kept in the lock: Liquibase runs it again whenever its SQL changes ({@code runOnChange}), and the
 * SQL is sent as one script ({@code splitStatements:false}) because function bodies hold semicolons.
 *
 * @param id e.g. {@code reporting-views}
 * @param comment one line
 */
record ReportChangeset(String id, String comment, String sql) {}
