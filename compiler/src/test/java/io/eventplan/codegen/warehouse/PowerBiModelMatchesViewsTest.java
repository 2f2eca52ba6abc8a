package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.powerbi.PowerBiProjectEmitter;
import io.eventplan.codegen.powerbi.TmdlReader;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Power BI semantic model reads what the warehouse has: the generated changelog is applied to
 * PostgreSQL 17, and every table of the generated TMDL (read by the test's own reader) must be a view
 * of schema {@code reporting} with the same columns, in order, each with the Power BI type that its
 * database type imports as; and every reporting view must have a table.
 */
class PowerBiModelMatchesViewsTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  /** What Power BI's PostgreSQL connector imports each database type as, by information_schema's data_type. */
  private static final Map<String, String> POWER_BI_TYPES = Map.of(
      "text", "string",
      "integer", "int64",
      "bigint", "int64",
      "double precision", "double",
      "numeric", "double",
      "boolean", "boolean",
      "date", "dateTime",
      "timestamp with time zone", "dateTime");

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("root plan",
            PlanLoader.load(Path.of("..", "tracking-plan.yaml"), "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow()),
        Arguments.of("keywords, Unicode, no people or companies", Plans.load("""
            plan: {name: "Ünïcode Plan", version: 1}
            events:
              Order:
                description: "It's \\"quoted\\""
                properties:
                  table: {type: string}
                  column: {type: integer}
                  größe: {type: number}
                  select: {type: boolean}
                  day: {type: date}
                  at: {type: timestamp}
              Löschen Bestätigt: {}
              Logged In: {properties: {method: {type: string}}}
            """)),
        Arguments.of("people and companies with keyword traits", Plans.load("""
            plan: {name: Traits, version: 1}
            events:
              Signed Up: {}
              Logged In: {}
              Feature Used: {properties: {feature: {type: string, required: true}}}
            people:
              traits:
                name: {type: string}
                email: {type: email}
                order: {type: integer}
            companies:
              traits:
                name: {type: string}
                user: {type: boolean}
            """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void everyTableIsAReportingViewWithTheSameColumnsAndTypes(String label, TrackingPlan plan) throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(Plans.generate(plan).changelog());
    Map<String, List<String[]>> views = reportingViews(db);
    TmdlReader.Model model = TmdlReader.read(tmdlFiles(plan));

    assertThat(model.tables().keySet()).as("tables of the model")
        .containsExactlyInAnyOrderElementsOf(views.keySet());
    for (TmdlReader.Table table : model.tables().values()) {
      List<String[]> columns = views.get(table.name());
      assertThat(table.columns()).extracting(TmdlReader.Column::name).as("columns of %s", table.name())
          .containsExactlyElementsOf(columns.stream().map(c -> c[0]).toList());
      for (String[] column : columns) {
        TmdlReader.Column read = table.column(column[0]);
        assertThat(read.sourceColumn()).isEqualTo(column[0]);
        assertThat(POWER_BI_TYPES).as("a Power BI type for %s.%s (%s)", table.name(), column[0], column[1])
            .containsKey(column[1]);
        assertThat(read.dataType()).as("%s.%s (%s)", table.name(), column[0], column[1])
            .isEqualTo(POWER_BI_TYPES.get(column[1]));
      }
      assertThat(table.partitions()).singleElement().satisfies(partition -> assertThat(partition.source())
          .contains("[Schema=\"reporting\", Item=\"" + table.name().replace("\"", "\"\"") + "\"]"));
    }
    // the partitions really work: each view answers the query Power BI's navigation sends
    for (String view : views.keySet()) {
      db.query("SELECT * FROM reporting.\"" + view.replace("\"", "\"\"") + "\" LIMIT 1");
    }
  }

  /** Every view of schema reporting: its columns in order as {name, data_type}. */
  private static Map<String, List<String[]>> reportingViews(TestDatabase db) throws Exception {
    Map<String, List<String[]>> views = new TreeMap<>();
    for (Map<String, Object> row : db.query("SELECT c.table_name, c.column_name, c.data_type"
        + " FROM information_schema.columns c JOIN information_schema.views v"
        + " ON v.table_schema = c.table_schema AND v.table_name = c.table_name"
        + " WHERE c.table_schema = 'reporting' ORDER BY c.table_name, c.ordinal_position")) {
      views.computeIfAbsent((String) row.get("table_name"), k -> new java.util.ArrayList<>())
          .add(new String[] {(String) row.get("column_name"), (String) row.get("data_type")});
    }
    return views;
  }

  private static Map<String, String> tmdlFiles(TrackingPlan plan) {
    Map<String, String> files = new LinkedHashMap<>();
    for (GeneratedFile file : new PowerBiProjectEmitter().emit(plan, Plans.CONTEXT)) {
      if (file.path().endsWith(".tmdl")) {
        files.put(file.path(), file.content());
      }
    }
    return files;
  }
}
