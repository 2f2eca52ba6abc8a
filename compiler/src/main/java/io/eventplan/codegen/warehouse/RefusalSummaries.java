package io.eventplan.codegen.warehouse;

import java.util.List;

/**
 * What the health views need of refused events. {@code rejected_events} gets the columns the collector fills at
 * ingest (the event id the event would have had, the call type, the sending library), and two summary tables count
 * refusals per UTC day of arrival, event name, plan version and sending library: {@value #REFUSED_DAILY} the events,
 * {@value #REASONS_DAILY} each rule and property path they broke (array indexes as {@code *}, each event counted
 * once per rule and path). Statement-level triggers on {@code rejected_events} keep both current: inserts add,
 * deletes (a replay moving events into the warehouse) subtract, updates (a replay's new reasons) do both, TRUNCATE
 * empties them. The changeset is the same for every plan and fills the tables from the rows already there.
 */
final class RefusalSummaries {
  static final String REFUSED_DAILY = "reporting.\"refused_daily\"";
  static final String REASONS_DAILY = "reporting.\"refusal_reasons_daily\"";
  private static final String KEY = "\"day\", \"event_name\", \"plan_version\", \"library_name\", \"library_version\"";

  private RefusalSummaries() {}

  /** The changeset body. */
  static String sql() {
    return String.join("\n", List.of(
        """
        ALTER TABLE "rejected_events" ADD COLUMN IF NOT EXISTS "event_id" uuid;
        ALTER TABLE "rejected_events" ADD COLUMN IF NOT EXISTS "message_type" text;
        ALTER TABLE "rejected_events" ADD COLUMN IF NOT EXISTS "library_name" text;
        ALTER TABLE "rejected_events" ADD COLUMN IF NOT EXISTS "library_version" text;
        COMMENT ON COLUMN "rejected_events"."event_id" IS 'The id the event would have had (from messageId, else new); a replay stores it under this id.';
        COMMENT ON COLUMN "rejected_events"."message_type" IS 'The call: track, page, identify or group; NULL when unreadable.';
        COMMENT ON COLUMN "rejected_events"."library_name" IS 'context.library.name of the sender, when it sent one.';
        COMMENT ON COLUMN "rejected_events"."library_version" IS 'context.library.version of the sender, when it sent one.';""",
        SummarySql.SCHEMA,
        """
        CREATE TABLE IF NOT EXISTS reporting."refused_daily" (
          "day" date NOT NULL,
          "event_name" text COLLATE "C" NOT NULL,
          "plan_version" integer NOT NULL,
          "library_name" text COLLATE "C" NOT NULL,
          "library_version" text COLLATE "C" NOT NULL,
          "events" bigint NOT NULL,
          "last_received_at" timestamptz NOT NULL,
          "last_id" bigint NOT NULL,
          PRIMARY KEY ("day", "event_name", "plan_version", "library_name", "library_version")
        );
        COMMENT ON TABLE reporting."refused_daily" IS 'Refused events per UTC day of arrival, event name (empty when none), plan version and sending library. Kept up to date by triggers on rejected_events.';
        CREATE TABLE IF NOT EXISTS reporting."refusal_reasons_daily" (
          "day" date NOT NULL,
          "event_name" text COLLATE "C" NOT NULL,
          "plan_version" integer NOT NULL,
          "library_name" text COLLATE "C" NOT NULL,
          "library_version" text COLLATE "C" NOT NULL,
          "rule" text COLLATE "C" NOT NULL,
          "path" text COLLATE "C" NOT NULL,
          "events" bigint NOT NULL,
          "last_received_at" timestamptz NOT NULL,
          PRIMARY KEY ("day", "event_name", "plan_version", "library_name", "library_version", "rule", "path")
        );
        COMMENT ON TABLE reporting."refusal_reasons_daily" IS 'Refused events per UTC day of arrival, event name, plan version, sending library, rule and property path. Kept up to date by triggers on rejected_events.';""",
        SummarySql.function("refusals_add", add("new_rows", "")),
        SummarySql.function("refusals_remove", add("old_rows", "-") + "\n" + dropEmpty()),
        SummarySql.function("refusals_change", add("old_rows", "-") + "\n" + add("new_rows", "") + "\n" + dropEmpty()),
        SummarySql.function("refusals_clear", "  TRUNCATE " + REFUSED_DAILY + ", " + REASONS_DAILY + ";"),
        SummarySql.triggers("rejected_events", "new_rows", "old_rows", "refusals"),
        "LOCK TABLE \"rejected_events\" IN SHARE MODE;",
        "TRUNCATE " + REFUSED_DAILY + ", " + REASONS_DAILY + ";",
        "INSERT INTO " + REFUSED_DAILY + " (" + KEY + ", \"events\", \"last_received_at\", \"last_id\")\n"
            + refused("rejected_events", "") + ";",
        "INSERT INTO " + REASONS_DAILY + " (" + KEY + ", \"rule\", \"path\", \"events\", \"last_received_at\")\n"
            + reasons("rejected_events", "") + ";",
        "ANALYZE " + REFUSED_DAILY + ", " + REASONS_DAILY + ";"));
  }

  /** Adds (or with {@code sign} "-" subtracts) the rows of a transition table to both tables. */
  private static String add(String rows, String sign) {
    return ("INSERT INTO " + REFUSED_DAILY + " AS t (" + KEY + ", \"events\", \"last_received_at\", \"last_id\")\n"
        + refused(rows, sign) + "\n"
        + "ON CONFLICT (" + KEY + ") DO UPDATE SET \"events\" = t.\"events\" + EXCLUDED.\"events\",\n"
        + "  \"last_received_at\" = GREATEST(t.\"last_received_at\", EXCLUDED.\"last_received_at\"),\n"
        + "  \"last_id\" = GREATEST(t.\"last_id\", EXCLUDED.\"last_id\");\n"
        + "INSERT INTO " + REASONS_DAILY + " AS t (" + KEY + ", \"rule\", \"path\", \"events\", \"last_received_at\")\n"
        + reasons(rows, sign) + "\n"
        + "ON CONFLICT (" + KEY + ", \"rule\", \"path\") DO UPDATE SET \"events\" = t.\"events\" + EXCLUDED.\"events\",\n"
        + "  \"last_received_at\" = GREATEST(t.\"last_received_at\", EXCLUDED.\"last_received_at\");").indent(2)
        .stripTrailing();
  }

  private static String dropEmpty() {
    return "  DELETE FROM " + REFUSED_DAILY + " WHERE \"events\" <= 0;\n"
        + "  DELETE FROM " + REASONS_DAILY + " WHERE \"events\" <= 0;";
  }

  /** The key columns of a rejected_events row {@code n}. */
  private static String keyOf() {
    return "(n.\"received_at\" AT TIME ZONE 'UTC')::date, " + SummarySql.key("n.\"event_name\"")
        + ", coalesce(n.\"plan_version\", 0), " + SummarySql.key("n.\"library_name\"") + ", "
        + SummarySql.key("n.\"library_version\"");
  }

  private static String refused(String rows, String sign) {
    return "SELECT " + keyOf() + ", " + sign + "count(*), max(n.\"received_at\"), max(n.\"id\")\n"
        + "FROM \"" + rows + "\" n\n"
        + "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5";
  }

  /** Each row once per distinct rule and path among its reasons; array indexes in paths become {@code *}. */
  private static String reasons(String rows, String sign) {
    return "SELECT " + keyOf() + ", r.\"rule\", r.\"path\", " + sign + "count(*), max(n.\"received_at\")\n"
        + "FROM \"" + rows + "\" n CROSS JOIN LATERAL (\n"
        + "  SELECT DISTINCT " + SummarySql.key("x ->> 'rule'") + " AS \"rule\",\n"
        + "    " + SummarySql.key("regexp_replace(x ->> 'path', '/[0-9]+(?=/|$)', '/*', 'g')") + " AS \"path\"\n"
        + "  FROM jsonb_array_elements(n.\"reasons\") x) r\n"
        + "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7";
  }
}
