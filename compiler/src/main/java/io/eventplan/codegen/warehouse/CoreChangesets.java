package io.eventplan.codegen.warehouse;

import java.util.List;

/**
 * Changesets every warehouse gets whatever its plan, written after the ledger's changesets and
 * before the reporting ones. They change what the first changesets of a ledger created, so warehouses
 * generated before them migrate too; like the reporting changesets they are not in the lock, but
 * unlike them they never change: a new need is a new changeset here, with the next number. Their SQL
 * holds whatever state the ledger left ({@code IF EXISTS}, {@code IF NOT EXISTS}).
 */
final class CoreChangesets {
  /** How the first core changeset starts: everything before it is the ledger's, append-only. */
  static final String PREFIX = "core-";

  static final String ALIASES = "aliases";

  private CoreChangesets() {}

  /**
   * One core changeset.
   *
   * @param id e.g. {@code core-0001-create-aliases}
   * @param comment one line
   */
  record CoreChangeset(String id, String comment, String sql) {}

  /** The core changesets, in the order Liquibase runs them. */
  static List<CoreChangeset> all() {
    return List.of(
        new CoreChangeset(PREFIX + "0001-create-aliases",
            "aliases: which previous ids (anonymous ids, former user ids) belong to which user", aliases()),
        new CoreChangeset(PREFIX + "0002-people-company-without-foreign-key",
            "people.company_id links to companies without a foreign key: identify and group calls come in any order",
            "ALTER TABLE \"people\" DROP CONSTRAINT IF EXISTS \"people_company_id_fkey\";"));
  }

  private static String aliases() {
    return String.join("\n",
        "CREATE TABLE IF NOT EXISTS \"aliases\" (",
        "  \"previous_id\" text NOT NULL PRIMARY KEY,",
        "  \"user_id\" text NOT NULL,",
        "  \"timestamp\" timestamptz NOT NULL,",
        "  \"received_at\" timestamptz NOT NULL DEFAULT now(),",
        "  CONSTRAINT \"aliases_timestamp_finite\" CHECK (isfinite(\"timestamp\"))",
        ");",
        "COMMENT ON TABLE \"aliases\" IS " + SqlLiterals.string("Ids known to belong to one person: each previous id"
            + " (an anonymous id, or a former user id) with the user id it belongs to, from alias calls and from"
            + " identify calls that carry an anonymousId. When two calls link one previous id to different users,"
            + " the earliest call counts, whatever the order they arrived in.") + ";",
        "COMMENT ON COLUMN \"aliases\".\"previous_id\" IS "
            + SqlLiterals.string("The previous id: Segment's previousId of an alias call, the anonymousId of an identify call.")
            + ";",
        "COMMENT ON COLUMN \"aliases\".\"user_id\" IS " + SqlLiterals.string("The user the previous id belongs to.") + ";",
        "COMMENT ON COLUMN \"aliases\".\"timestamp\" IS "
            + SqlLiterals.string("When the call that made the link happened, as the sender says.") + ";",
        "COMMENT ON COLUMN \"aliases\".\"received_at\" IS "
            + SqlLiterals.string("When the collector received that call.") + ";",
        "CREATE INDEX IF NOT EXISTS \"" + ConstraintNames.index(ALIASES, "user_id") + "\" ON \"aliases\" (\"user_id\");",
        // the report views count a visitor's anonymous events for the user an alias names
        "CREATE INDEX IF NOT EXISTS \"" + ConstraintNames.index(CoreTables.EVENTS, "anonymous_id")
            + "\" ON \"events\" (\"anonymous_id\") WHERE \"user_id\" IS NULL;");
  }
}
