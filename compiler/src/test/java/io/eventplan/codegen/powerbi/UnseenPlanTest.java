package io.eventplan.codegen.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.reporting.ReportColumn;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.plan.model.TrackingPlan;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plans the generator has never seen: keyword and Unicode names, quotes in names and descriptions, a
 * plan name no file system takes as is, and no people or companies sections.
 */
class UnseenPlanTest {
  private static final TrackingPlan PLAN = PowerBiFiles.plan("""
      plan:
        name: "CON"
        version: 1
        description: A plan without people or companies.
      events:
        Order:
          description: "It's \\"quoted\\"; -- not a comment /* nor this */ #(tab) and a\\nsecond line"
          properties:
            table: {type: string, description: "the 'table' word"}
            column: {type: integer}
            größe: {type: number}
            "naïve café": {type: boolean}
            day: {type: date}
            at: {type: timestamp}
        Löschen Bestätigt:
          properties:
            select: {type: string}
      """);

  private static final PowerBiFiles FILES = PowerBiFiles.of(PLAN);
  private static final ReportViews VIEWS = ReportViews.of(PLAN);

  @Test
  void everyJsonFileValidates() {
    Map<String, String> json = FILES.endingWith(".json");
    json.putAll(FILES.endingWith(".pbip"));
    json.putAll(FILES.endingWith(".pbir"));
    json.putAll(FILES.endingWith(".pbism"));
    json.forEach((path, content) -> assertThat(PowerBiSchemas.problems(content)).as(path).isEmpty());
  }

  @Test
  void aPlanNamedLikeAWindowsDeviceGetsAUsableFileName() {
    assertThat(FILES.byPath()).containsKey("eventplan/powerbi/CON report.pbip")
        .containsKey("eventplan/powerbi/CON report.pbids");
  }

  @Test
  void everyNameReadsBackExactlyFromTheTmdl() {
    TmdlReader.Model model = FILES.model();
    assertThat(model.tables().keySet())
        .containsExactlyInAnyOrderElementsOf(VIEWS.views().stream().map(ReportView::name).toList());
    for (ReportView view : VIEWS.views()) {
      TmdlReader.Table table = model.tables().get(view.name());
      assertThat(table.columns()).extracting(TmdlReader.Column::name)
          .containsExactlyElementsOf(view.columns().stream().map(ReportColumn::name).toList());
      for (ReportColumn column : view.columns()) {
        assertThat(table.column(column.name()).sourceColumn()).isEqualTo(column.name());
        if (column.description() != null && !column.description().isBlank()) {
          assertThat(table.column(column.name()).description())
              .isEqualTo(String.join("\n", column.description().strip().lines().map(String::strip)
                  .filter(l -> !l.isEmpty()).toList()));
        }
      }
      assertThat(table.partitions().get(0).source()).contains("Item=" + MText.literal(view.name()));
    }
  }

  @Test
  void tableFilesHaveSafeNames() {
    assertThat(FILES.endingWith(".tmdl").keySet()).allSatisfy(path ->
        assertThat(path.substring(path.lastIndexOf('/') + 1)).matches("[\\p{L}\\p{N}_-]+\\.tmdl"));
  }

  @Test
  void withoutALoggedInUsersViewTheReportStillHasItsRequiredFiles() {
    ReportViews none = new ReportViews("reporting", java.util.List.of());
    Map<String, String> report = ReportFiles.of(none, new ProjectName("x"));
    assertThat(report.keySet()).containsExactly("definition.pbir", "definition/version.json",
        "definition/report.json", "definition/pages/pages.json");
    report.forEach((path, content) -> assertThat(PowerBiSchemas.problems(content)).as(path).isEmpty());
  }
}
