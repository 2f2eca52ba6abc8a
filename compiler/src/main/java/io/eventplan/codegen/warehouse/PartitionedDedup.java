package io.eventplan.codegen.warehouse;

import static io.eventplan.plan.naming.SqlNames.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Deduplication by event id in a month-partitioned warehouse. A partitioned {@code events} can only be unique on
 * (event_id, received_at), and a client that sends an event again after a 503 sends it with a new receive time; so
 * {@code event_ids} (not partitioned) holds each event id once with the receive time of the row that was kept, and
 * BEFORE INSERT triggers skip a repeated event (on events) and the typed row of an event whose events row was
 * skipped (on each typed table). The writer's INSERT ... ON CONFLICT DO NOTHING and COPY both go through them, and
 * the summary triggers of {@code events} only see the rows that were kept. A changeset after the ledger, run again
 * whenever a new typed table joins.
 */
final class PartitionedDedup {
  static final String REGISTRY = "event_ids";

  private PartitionedDedup() {}

  static ReportChangeset changeset(Collection<String> typedTables) {
    return new ReportChangeset("reporting-event-ids",
        "event_ids: deduplication by event id across the month partitions of events and the typed tables",
        sql(typedTables));
  }

  static String sql(Collection<String> typedTables) {
    List<String> statements = new ArrayList<>();
    statements.add("""
        CREATE TABLE IF NOT EXISTS "event_ids" (
          "event_id" uuid NOT NULL PRIMARY KEY,
          "received_at" timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS "event_ids_received_at_idx" ON "event_ids" ("received_at");
        COMMENT ON TABLE "event_ids" IS 'Each stored event id once, with the receive time of its events row: the deduplication key of a month-partitioned warehouse (docs/warehouse.md).';
        CREATE OR REPLACE FUNCTION "event_ids_keep_event"() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          INSERT INTO "event_ids" ("event_id", "received_at") VALUES (NEW."event_id", NEW."received_at")
            ON CONFLICT ("event_id") DO NOTHING;
          IF NOT FOUND THEN
            RETURN NULL;
          END IF;
          RETURN NEW;
        END
        $fn$;
        CREATE OR REPLACE FUNCTION "event_ids_keep_typed_row"() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF EXISTS (SELECT 1 FROM "event_ids" i
                     WHERE i."event_id" = NEW."_event_id" AND i."received_at" = NEW."_received_at") THEN
            RETURN NEW;
          END IF;
          RETURN NULL;
        END
        $fn$;
        DROP TRIGGER IF EXISTS "event_ids_keep" ON "events";
        CREATE TRIGGER "event_ids_keep" BEFORE INSERT ON "events"
          FOR EACH ROW EXECUTE FUNCTION "event_ids_keep_event"();""");
    for (String table : typedTables) {
      statements.add("DROP TRIGGER IF EXISTS \"event_ids_keep\" ON " + quote(table) + ";");
      statements.add("CREATE TRIGGER \"event_ids_keep\" BEFORE INSERT ON " + quote(table)
          + "\n  FOR EACH ROW EXECUTE FUNCTION \"event_ids_keep_typed_row\"();");
    }
    return String.join("\n", statements);
  }
}
