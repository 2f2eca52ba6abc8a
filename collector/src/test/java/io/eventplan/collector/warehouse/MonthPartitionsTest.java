package io.eventplan.collector.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.warehouse.Partitioning;
import io.eventplan.codegen.warehouse.WarehouseGeneration;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.db.MonthPartitions;
import io.eventplan.collector.db.PartitionedMigrations;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.SampleCalls;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.WarehouseContents;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test plan's warehouse generated with {@code warehousePartitioning=month} beside the usual one: the same
 * messages (each sent twice, the second time with a new receive time, as a client retrying after a 503 would) leave
 * the same rows in events, the typed tables, people, companies and every report view; the months are created ahead;
 * retention drops old months and the summary follows.
 */
class MonthPartitionsTest {
  private static final int AHEAD = 2;
  @TempDir static Path changelogs;
  private static RunningCollector plain;
  private static RunningCollector partitioned;

  @BeforeAll
  static void start() throws Exception {
    Path changelog = changelogs.resolve(WarehouseGeneration.CHANGELOG_PATH);
    Files.createDirectories(changelog.getParent());
    Files.writeString(changelog, monthChangelog());
    LiquibaseMigrations liquibase = new LiquibaseMigrations(WarehouseGeneration.CHANGELOG_PATH,
        new URLClassLoader(new URL[] {changelogs.toUri().toURL()}, null));
    partitioned = RunningCollector.startUnready(
        new PartitionedMigrations(liquibase, new MonthPartitions.Settings(AHEAD, 0)), setup -> setup);
    partitioned.awaitReady();
    plain = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    partitioned.close();
    plain.close();
  }

  @Test
  void theMonthsAreCreatedAheadForEventsAndEveryTypedTable() {
    Sql sql = partitioned.sql();
    assertThat(sql.one("SELECT relkind::text AS kind FROM pg_class WHERE relname = 'events'").get("kind"))
        .isEqualTo("p");
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    List<String> partitioned = names(sql, "SELECT c.relname AS name FROM pg_partitioned_table p "
        + "JOIN pg_class c ON c.oid = p.partrelid");
    assertThat(partitioned).contains("events", "logged_in", "logged_out").hasSizeGreaterThan(4);
    for (String table : partitioned) {
      List<String> months = names(sql, "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c "
          + "ON c.oid = i.inhrelid WHERE i.inhparent = '\"" + table + "\"'::regclass");
      List<String> expected = new ArrayList<>();
      for (int m = -1; m <= AHEAD; m++) {
        expected.add(MonthPartitionsNames.of(table, now.plusMonths(m)));
      }
      assertThat(months).as(table).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void theReportViewsAndTablesHoldTheSameRowsAsOnPlainTables() {
    for (String[] call : SampleCalls.all()) {
      for (int time = 0; time < 2; time++) {
        HttpResponse<String> inPlain = plain.post(call[0], call[1]);
        HttpResponse<String> inMonths = partitioned.post(call[0], call[1]);
        assertThat(inMonths.statusCode()).as(call[1]).isEqualTo(inPlain.statusCode());
        assertThat(inMonths.body()).as(call[1]).isEqualTo(inPlain.body());
      }
    }
    Map<String, List<String>> expected = columnsInNameOrder(WarehouseContents.of(plain.sql()));
    Map<String, List<String>> actual = columnsInNameOrder(WarehouseContents.of(partitioned.sql()));
    Map<String, List<String>> compared = new TreeMap<>(expected);
    compared.keySet().retainAll(actual.keySet());
    Map<String, List<String>> comparedActual = new TreeMap<>(actual);
    comparedActual.keySet().retainAll(expected.keySet());

    assertThat(comparedActual).isEqualTo(compared);
    assertThat(reporting(actual)).isEqualTo(reporting(expected)).isNotEmpty();
    assertThat(expected.get("public.events")).hasSizeGreaterThan(60);
    assertThat(expected.get("reporting.logins_per_day")).isNotEmpty();
    // only the plain warehouse has the typed tables of event versions before the current plan (empty), and only
    // the partitioned one has event_ids
    TreeSet<String> onlyPlain = new TreeSet<>(expected.keySet());
    onlyPlain.removeAll(actual.keySet());
    onlyPlain.forEach(table -> assertThat(expected.get(table)).as(table).isEmpty());
    TreeSet<String> onlyPartitioned = new TreeSet<>(actual.keySet());
    onlyPartitioned.removeAll(expected.keySet());
    assertThat(onlyPartitioned).containsExactly("public.event_ids");
    assertThat(actual.get("public.event_ids")).hasSameSizeAs(expected.get("public.events"));
  }

  @Test
  void retentionDropsTheMonthsBeforeItAndTheSummaryCountsWhatIsLeft() throws Exception {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    YearMonth old = now.minusMonths(7);
    Sql sql = partitioned.sql();
    MonthPartitions.maintain(partitioned.dataSource(), new MonthPartitions.Settings(0, 0), old);
    assertThat(names(sql, "SELECT relname AS name FROM pg_class WHERE relname = '"
        + MonthPartitionsNames.of("events", old) + "'")).hasSize(1);
    try (Connection connection = partitioned.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO events (event_id, event_name, user_id, \"timestamp\", received_at, properties, "
          + "plan_version) VALUES ('6f1c2b1e-0000-4000-8000-000000000001', 'Logged In', 'u-retention', "
          + "'" + old.atDay(2) + "T10:00:00Z', '" + old.atDay(2) + "T10:00:01Z', '{}', 1)");
    }
    assertThat(sql.one("SELECT count(*) AS n FROM reporting.user_report_events WHERE user_id = 'u-retention'")
        .get("n").toString()).isEqualTo("1");

    MonthPartitions.Result result = MonthPartitions.maintain(partitioned.dataSource(),
        new MonthPartitions.Settings(AHEAD, 6), now);

    assertThat(result.dropped()).contains(MonthPartitionsNames.of("events", old),
        MonthPartitionsNames.of("logged_out", old));
    assertThat(result.dropped()).noneMatch(name -> name.endsWith(String.format("_p%04d%02d",
        now.minusMonths(6).getYear(), now.minusMonths(6).getMonthValue())));
    assertThat(sql.one("SELECT count(*) AS n FROM event_ids WHERE event_id = '6f1c2b1e-0000-4000-8000-000000000001'")
        .get("n").toString()).isEqualTo("0");
    assertThat(sql.one("SELECT count(*) AS n FROM reporting.user_report_events WHERE user_id = 'u-retention'")
        .get("n").toString()).isEqualTo("0");
  }

  /**
   * The contents with each row's columns in name order: a table the plan altered has its added columns last in the
   * warehouse that went through the change, and in plan order in a warehouse created at the current version.
   */
  private static Map<String, List<String>> columnsInNameOrder(Map<String, List<String>> contents) {
    Map<String, List<String>> sorted = new TreeMap<>();
    contents.forEach((table, rows) -> sorted.put(table, rows.stream()
        .map(row -> String.join(" | ", new TreeSet<>(List.of(row.split(" \\| ")))))
        .sorted().toList()));
    return sorted;
  }

  private static Map<String, List<String>> reporting(Map<String, List<String>> contents) {
    Map<String, List<String>> views = new TreeMap<>(contents);
    views.keySet().removeIf(name -> !name.startsWith("reporting."));
    return views;
  }

  private static List<String> names(Sql sql, String query) {
    return sql.rows(query).stream().map(row -> row.get("name").toString()).toList();
  }

  /** The test plan's changelog as `generate` writes it with warehousePartitioning=month, on a new warehouse. */
  private static String monthChangelog() throws Exception {
    Path planFile = Path.of("src/test/resources/test-plan/tracking-plan.yaml");
    TrackingPlan plan = PlanLoader.load("tracking-plan.yaml", Files.readAllBytes(planFile), CheckOptions.DEFAULT)
        .orThrow();
    EmitContext context = new EmitContext("io.eventplan.collector.testplan", "tracking-plan.yaml")
        .withPartitioning(Partitioning.MONTH);
    return WarehouseGeneration.generate(plan, context, Optional.empty()).changelog();
  }

  /** The partition names {@link MonthPartitions} gives (short table names). */
  private static final class MonthPartitionsNames {
    static String of(String table, YearMonth month) {
      return table + String.format("_p%04d%02d", month.getYear(), month.getMonthValue());
    }
  }
}
