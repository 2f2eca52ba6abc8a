package io.eventplan.codegen.warehouse;

/**
 * The summary table the report views read instead of scanning {@code events}:
 * {@code reporting.user_event_stats}, one row per user and event name with the first and last time
 * and the count. Statement-level triggers on {@code events} keep it up to date in the writer's own
 * transaction, whatever the writer (INSERT, COPY, a script): one aggregated upsert per statement,
 * in key order so that concurrent writers lock rows in the same order and cannot deadlock. Deleting or
 * updating events recomputes the keys they touched (the function keeps the search path of the
 * migration, so it finds the same {@code events}); TRUNCATE empties it. The changeset that creates it
 * also fills it from the events already there, so it can be added to a warehouse that has data.
 */
final class UserEventStats {
  static final String TABLE = "reporting.\"user_event_stats\"";

  private UserEventStats() {}

  /** The changeset body; it is plan-independent, so it runs again only when the generator changes it. */
  static String sql() {
    return """
        CREATE SCHEMA IF NOT EXISTS "reporting";
        COMMENT ON SCHEMA "reporting" IS 'Report views generated from the tracking plan (docs/reports.md); eventplan drops and re-creates its views here.';
        CREATE TABLE IF NOT EXISTS reporting."user_event_stats" (
          "user_id" text NOT NULL,
          "event_name" text NOT NULL,
          "first_at" timestamptz NOT NULL,
          "last_at" timestamptz NOT NULL,
          "event_count" bigint NOT NULL,
          PRIMARY KEY ("user_id", "event_name")
        );
        CREATE INDEX IF NOT EXISTS "user_event_stats_event_name_last_at" ON reporting."user_event_stats" ("event_name", "last_at" DESC);
        COMMENT ON TABLE reporting."user_event_stats" IS 'One row per user and event name: first and last time and count. Kept up to date by triggers on events; the report views read it.';
        CREATE OR REPLACE FUNCTION reporting."user_event_stats_add"() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          INSERT INTO reporting."user_event_stats" AS s ("user_id", "event_name", "first_at", "last_at", "event_count")
          SELECT n."user_id", n."event_name", min(n."timestamp"), max(n."timestamp"), count(*)
          FROM "new_events" n
          WHERE n."user_id" IS NOT NULL
          GROUP BY n."user_id", n."event_name"
          ORDER BY n."user_id", n."event_name"
          ON CONFLICT ("user_id", "event_name") DO UPDATE SET
            "first_at" = LEAST(s."first_at", EXCLUDED."first_at"),
            "last_at" = GREATEST(s."last_at", EXCLUDED."last_at"),
            "event_count" = s."event_count" + EXCLUDED."event_count";
          RETURN NULL;
        END
        $fn$;
        CREATE OR REPLACE FUNCTION reporting."user_event_stats_recompute"() RETURNS trigger LANGUAGE plpgsql
          SET search_path FROM CURRENT AS $fn$
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            WITH k AS (SELECT "user_id", "event_name" FROM "old_events" UNION SELECT "user_id", "event_name" FROM "new_events")
            DELETE FROM reporting."user_event_stats" s USING k WHERE s."user_id" = k."user_id" AND s."event_name" = k."event_name";
            WITH k AS (SELECT "user_id", "event_name" FROM "old_events" UNION SELECT "user_id", "event_name" FROM "new_events")
            INSERT INTO reporting."user_event_stats" ("user_id", "event_name", "first_at", "last_at", "event_count")
            SELECT e."user_id", e."event_name", min(e."timestamp"), max(e."timestamp"), count(*)
            FROM "events" e JOIN k ON e."user_id" = k."user_id" AND e."event_name" = k."event_name"
            GROUP BY e."user_id", e."event_name" ORDER BY e."user_id", e."event_name";
          ELSE
            WITH k AS (SELECT DISTINCT "user_id", "event_name" FROM "old_events")
            DELETE FROM reporting."user_event_stats" s USING k WHERE s."user_id" = k."user_id" AND s."event_name" = k."event_name";
            WITH k AS (SELECT DISTINCT "user_id", "event_name" FROM "old_events")
            INSERT INTO reporting."user_event_stats" ("user_id", "event_name", "first_at", "last_at", "event_count")
            SELECT e."user_id", e."event_name", min(e."timestamp"), max(e."timestamp"), count(*)
            FROM "events" e JOIN k ON e."user_id" = k."user_id" AND e."event_name" = k."event_name"
            GROUP BY e."user_id", e."event_name" ORDER BY e."user_id", e."event_name";
          END IF;
          RETURN NULL;
        END
        $fn$;
        CREATE OR REPLACE FUNCTION reporting."user_event_stats_clear"() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          TRUNCATE reporting."user_event_stats";
          RETURN NULL;
        END
        $fn$;
        DROP TRIGGER IF EXISTS "user_event_stats_insert" ON "events";
        DROP TRIGGER IF EXISTS "user_event_stats_update" ON "events";
        DROP TRIGGER IF EXISTS "user_event_stats_delete" ON "events";
        DROP TRIGGER IF EXISTS "user_event_stats_truncate" ON "events";
        CREATE TRIGGER "user_event_stats_insert" AFTER INSERT ON "events" REFERENCING NEW TABLE AS "new_events"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."user_event_stats_add"();
        CREATE TRIGGER "user_event_stats_update" AFTER UPDATE ON "events" REFERENCING OLD TABLE AS "old_events" NEW TABLE AS "new_events"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."user_event_stats_recompute"();
        CREATE TRIGGER "user_event_stats_delete" AFTER DELETE ON "events" REFERENCING OLD TABLE AS "old_events"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."user_event_stats_recompute"();
        CREATE TRIGGER "user_event_stats_truncate" AFTER TRUNCATE ON "events"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."user_event_stats_clear"();
        LOCK TABLE "events" IN SHARE MODE;
        TRUNCATE reporting."user_event_stats";
        INSERT INTO reporting."user_event_stats" ("user_id", "event_name", "first_at", "last_at", "event_count")
        SELECT "user_id", "event_name", min("timestamp"), max("timestamp"), count(*)
        FROM "events" WHERE "user_id" IS NOT NULL GROUP BY "user_id", "event_name";
        ANALYZE reporting."user_event_stats";""";
  }
}
