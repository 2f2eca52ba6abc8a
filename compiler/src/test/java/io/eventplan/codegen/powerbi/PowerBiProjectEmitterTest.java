package io.eventplan.codegen.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.WarehouseAddress;
import io.eventplan.codegen.reporting.ReportColumn;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The root plan's Power BI project: valid by Microsoft's schemas, one TMDL table per report view, the report page. */
class PowerBiProjectEmitterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TrackingPlan PLAN = PowerBiFiles.rootPlan();
  private static final PowerBiFiles FILES = PowerBiFiles.of(PLAN);
  private static final ReportViews VIEWS = ReportViews.of(PLAN);

  @Test
  void everyJsonFileWithASchemaValidatesAgainstIt() {
    Map<String, String> json = FILES.endingWith(".json");
    json.putAll(FILES.endingWith(".pbip"));
    json.putAll(FILES.endingWith(".pbir"));
    json.putAll(FILES.endingWith(".pbism"));
    assertThat(json).hasSizeGreaterThanOrEqualTo(8);
    json.forEach((path, content) ->
        assertThat(PowerBiSchemas.problems(content)).as("%s against %s", path, PowerBiSchemas.schemaOf(content))
            .isEmpty());
  }

  @Test
  void theProjectIsLaidOutAsPowerBiDesktopExpects() {
    String base = "eventplan/powerbi/Event Data Project";
    assertThat(FILES.byPath()).containsKeys(base + ".pbip", base + ".pbids",
        base + ".SemanticModel/definition.pbism", base + ".SemanticModel/definition/database.tmdl",
        base + ".SemanticModel/definition/model.tmdl", base + ".SemanticModel/definition/expressions.tmdl",
        base + ".Report/definition.pbir", base + ".Report/definition/version.json",
        base + ".Report/definition/report.json", base + ".Report/definition/pages/pages.json");
    assertThat(json(FILES.single(".pbip")).at("/artifacts/0/report/path").asString())
        .isEqualTo("Event Data Project.Report");
    assertThat(json(FILES.single("definition.pbir")).at("/datasetReference/byPath/path").asString())
        .isEqualTo("../Event Data Project.SemanticModel");
    assertThat(FILES.endingWith(".tmdl").keySet())
        .filteredOn(p -> p.contains("/tables/")).hasSize(VIEWS.views().size());
  }

  @Test
  void everyReportViewIsAnImportedTableWithItsColumns() {
    TmdlReader.Model model = FILES.model();
    assertThat(model.tables().keySet()).containsExactlyInAnyOrderElementsOf(
        VIEWS.views().stream().map(ReportView::name).toList());
    for (ReportView view : VIEWS.views()) {
      TmdlReader.Table table = model.tables().get(view.name());
      assertThat(table.columns()).extracting(TmdlReader.Column::name)
          .containsExactlyElementsOf(view.columns().stream().map(ReportColumn::name).toList());
      for (ReportColumn column : view.columns()) {
        TmdlReader.Column read = table.column(column.name());
        assertThat(read.sourceColumn()).isEqualTo(column.name());
        assertThat(read.dataType()).as("%s.%s", view.name(), column.name())
            .isEqualTo(PowerBiTypes.of(column.type()).dataType());
      }
      assertThat(table.partitions()).singleElement().satisfies(partition -> {
        assertThat(partition.kind()).isEqualTo("m");
        assertThat(partition.mode()).isEqualTo("import");
        assertThat(partition.source()).contains("PostgreSQL.Database(Server, Database)")
            .contains("Source{[Schema=\"reporting\", Item=" + MText.literal(view.name()) + "]}[Data]");
      });
      assertThat(table.description()).contains("Generated from tracking-plan.yaml by eventplan - do not edit.");
    }
  }

  @Test
  void theLoggedInUsersColumnLastLoggedInIsAUtcDateTime() {
    TmdlReader.Table table = FILES.model().tables().get("logged_in_users");
    assertThat(table.column("Last logged in").dataType()).isEqualTo("dateTime");
    assertThat(FILES.single("tables/logged_in_users.tmdl")).contains("\tcolumn 'Last logged in'\n")
        .contains("\t\tsourceColumn: Last logged in\n");
    assertThat(table.partitions().get(0).source())
        .contains("{\"Last logged in\", each DateTimeZone.RemoveZone(DateTimeZone.ToUtc(DateTimeZone.From(_))),"
            + " type datetime}");
  }

  @Test
  void serverAndDatabaseAreParametersOfTheModelAndTheConnectionFile() {
    PowerBiFiles files = PowerBiFiles.of(PLAN, new WarehouseAddress("db.example.com:6432", "analytics"));
    assertThat(files.model().expressions()).containsEntry("Server",
            "\"db.example.com:6432\" meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]")
        .containsEntry("Database",
            "\"analytics\" meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]");
    JsonNode pbids = json(files.single(".pbids"));
    assertThat(pbids.at("/version").asString()).isEqualTo("0.1");
    assertThat(pbids.at("/connections/0/details/protocol").asString()).isEqualTo("postgresql");
    assertThat(pbids.at("/connections/0/details/address/server").asString()).isEqualTo("db.example.com:6432");
    assertThat(pbids.at("/connections/0/details/address/database").asString()).isEqualTo("analytics");
    assertThat(pbids.at("/connections/0/mode").asString()).isEqualTo("Import");
    assertThat(FILES.model().expressions().get("Server")).startsWith("\"localhost:5432\"");
    assertThat(FILES.model().expressions().get("Database")).startsWith("\"warehouse\"");
  }

  @Test
  void theReportPageShowsLoggedInUsersMostRecentFirst() {
    JsonNode pages = json(FILES.single("pages/pages.json"));
    String page = pages.at("/pageOrder/0").asString();
    assertThat(pages.at("/activePageName").asString()).isEqualTo(page);
    assertThat(page).matches("[0-9a-f]{20}");
    JsonNode pageJson = json(FILES.single(page + "/page.json"));
    assertThat(pageJson.at("/name").asString()).isEqualTo(page);
    Map<String, String> visuals = FILES.endingWith("visual.json");
    visuals.keySet().removeIf(path -> !path.contains("/pages/" + page + "/visuals/"));
    assertThat(visuals).hasSize(1);
    JsonNode visual = json(visuals.values().iterator().next());
    assertThat(visual.at("/visual/visualType").asString()).isEqualTo("tableEx");
    JsonNode projections = visual.at("/visual/query/queryState/Values/projections");
    ReportView view = VIEWS.view("logged_in_users").orElseThrow();
    assertThat(projections.size()).isEqualTo(view.columns().size());
    for (int i = 0; i < view.columns().size(); i++) {
      assertThat(projections.get(i).at("/field/Column/Expression/SourceRef/Entity").asString())
          .isEqualTo("logged_in_users");
      assertThat(projections.get(i).at("/field/Column/Property").asString()).isEqualTo(view.columns().get(i).name());
    }
    JsonNode sort = visual.at("/visual/query/sortDefinition/sort/0");
    assertThat(sort.at("/field/Column/Property").asString()).isEqualTo("Last logged in");
    assertThat(sort.at("/direction").asString()).isEqualTo("Descending");
  }

  @Test
  void theSecondPageShowsPlanHealthMostRefusedFirstAboveTheRefusals() {
    JsonNode pages = json(FILES.single("pages/pages.json"));
    assertThat(pages.at("/pageOrder").size()).isEqualTo(2);
    String page = pages.at("/pageOrder/1").asString();
    assertThat(json(FILES.single(page + "/page.json")).at("/displayName").asString()).isEqualTo("Plan health");
    Map<String, String> visuals = FILES.endingWith("visual.json");
    visuals.keySet().removeIf(path -> !path.contains("/pages/" + page + "/visuals/"));
    List<JsonNode> shown = visuals.values().stream().map(PowerBiProjectEmitterTest::json)
        .sorted(java.util.Comparator.comparingInt(v -> v.at("/position/y").asInt())).toList();
    assertThat(shown).extracting(v -> v.at("/visual/query/queryState/Values/projections/0/field/Column/Expression"
        + "/SourceRef/Entity").asString()).containsExactly("plan_health", "plan_health_refusals");
    assertThat(shown.get(0).at("/visual/query/queryState/Values/projections").size())
        .isEqualTo(VIEWS.view("plan_health").orElseThrow().columns().size());
    assertThat(shown.get(0).at("/visual/query/sortDefinition/sort/0/field/Column/Property").asString())
        .isEqualTo("refused_share");
    assertThat(shown.get(0).at("/position/y").asInt() + shown.get(0).at("/position/height").asInt())
        .isLessThan(shown.get(1).at("/position/y").asInt());
    assertThat(shown.get(1).at("/position/y").asInt() + shown.get(1).at("/position/height").asInt())
        .isLessThanOrEqualTo(720);
    assertThat(FILES.model().tables()).containsKeys("plan_health", "plan_health_refusals", "unplanned_events",
        "unreceived_events", "deprecated_events_received", "health_by_source");
  }

  @Test
  void outputIsTheSameOnEveryRun() {
    assertThat(PowerBiFiles.of(PowerBiFiles.rootPlan()).byPath()).isEqualTo(FILES.byPath());
    FILES.byPath().forEach((path, content) -> assertThat(content).as(path).doesNotContain("\r").endsWith("\n"));
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
