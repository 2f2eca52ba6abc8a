package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.reporting.HealthViews;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report folder of the Power BI project in PBIR: {@code definition.pbir} bound to the semantic
 * model by path, and {@code definition/} with version.json, report.json, pages/pages.json and two pages: a table
 * visual of the logged-in users, most recent first (when the plan has a login event), and "Plan health": the plan's
 * events with accepted and refused counts, most refused first, above the refusals by rule and property path.
 */
final class ReportFiles {
  static final String PBIR_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/report/definitionProperties/2.0.0/schema.json";
  /** Version 4.0 of definition.pbir means a PBIR {@code definition/} folder. */
  static final String PBIR_VERSION = "4.0";
  static final String VERSION_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/versionMetadata/1.0.0/schema.json";
  static final String REPORT_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/report/3.0.0/schema.json";
  static final String PAGES_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/pagesMetadata/1.0.0/schema.json";
  static final String PAGE_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/page/2.0.0/schema.json";
  /** The view the first report page shows. */
  static final String PAGE_VIEW = "logged_in_users";
  /** The views the plan health page shows, top to bottom. */
  static final List<String> HEALTH_VIEWS = List.of(HealthViews.PLAN_HEALTH, HealthViews.REFUSALS);
  static final String HEALTH_PAGE_TITLE = "Plan health";
  private static final int PAGE_WIDTH = 1280;
  private static final int PAGE_HEIGHT = 720;

  private ReportFiles() {}

  /** Every file of the folder, by path relative to it, in a fixed order. */
  static Map<String, String> of(ReportViews views, ProjectName project) {
    Map<String, String> files = new LinkedHashMap<>();
    ObjectNode pbir = PowerBiJson.withSchema(PBIR_SCHEMA);
    pbir.put("version", PBIR_VERSION);
    pbir.putObject("datasetReference").putObject("byPath").put("path", "../" + project.semanticModelFolder());
    files.put("definition.pbir", PowerBiJson.print(pbir));

    ObjectNode version = PowerBiJson.withSchema(VERSION_SCHEMA);
    version.put("version", "2.0.0");
    files.put("definition/version.json", PowerBiJson.print(version));

    ObjectNode report = PowerBiJson.withSchema(REPORT_SCHEMA);
    report.putObject("themeCollection"); // Power BI's default theme
    files.put("definition/report.json", PowerBiJson.print(report));

    ObjectNode pages = PowerBiJson.withSchema(PAGES_SCHEMA);
    ArrayNode order = JsonNodeFactory.instance.arrayNode();
    Map<String, String> pageFiles = new LinkedHashMap<>();
    Optional<ReportView> shown = views.view(PAGE_VIEW);
    if (shown.isPresent()) {
      String page = StableIds.hex("page", shown.get().name());
      order.add(page);
      pageFiles.put(page + "/page.json", PowerBiJson.print(page(page, shown.get().title())));
      String visual = StableIds.hex("visual", shown.get().name());
      pageFiles.put(page + "/visuals/" + visual + "/visual.json",
          PowerBiJson.print(TableVisual.of(visual, shown.get(), PAGE_WIDTH, PAGE_HEIGHT)));
    }
    List<ReportView> health = HEALTH_VIEWS.stream().map(views::view).flatMap(Optional::stream).toList();
    if (!health.isEmpty()) {
      String page = StableIds.hex("page", HEALTH_PAGE_TITLE);
      order.add(page);
      pageFiles.put(page + "/page.json", PowerBiJson.print(page(page, HEALTH_PAGE_TITLE)));
      int height = (PAGE_HEIGHT - 20) / health.size() - 20;
      for (int i = 0; i < health.size(); i++) {
        String visual = StableIds.hex("visual", health.get(i).name());
        TableVisual.Box box = new TableVisual.Box(20, 20 + i * (height + 20), PAGE_WIDTH - 40, height);
        pageFiles.put(page + "/visuals/" + visual + "/visual.json",
            PowerBiJson.print(TableVisual.of(visual, health.get(i), box, i)));
      }
    }
    if (!order.isEmpty()) {
      pages.set("pageOrder", order);
      pages.put("activePageName", order.get(0).asString());
    }
    files.put("definition/pages/pages.json", PowerBiJson.print(pages));
    pageFiles.forEach((path, content) -> files.put("definition/pages/" + path, content));
    return files;
  }

  private static ObjectNode page(String name, String title) {
    ObjectNode page = PowerBiJson.withSchema(PAGE_SCHEMA);
    page.put("name", name);
    page.put("displayName", title);
    page.put("displayOption", "FitToPage");
    page.put("height", PAGE_HEIGHT);
    page.put("width", PAGE_WIDTH);
    return page;
  }
}
