package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report folder of the Power BI project in PBIR: {@code definition.pbir} bound to the semantic
 * model by path, and {@code definition/} with version.json, report.json, pages/pages.json and one
 * page holding a table visual of the logged-in users, most recent first.
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
  /** The view the report page shows. */
  static final String PAGE_VIEW = "logged_in_users";
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
    Optional<ReportView> shown = views.view(PAGE_VIEW);
    if (shown.isPresent()) {
      String page = StableIds.hex("page", shown.get().name());
      pages.putArray("pageOrder").add(page);
      pages.put("activePageName", page);
      files.put("definition/pages/pages.json", PowerBiJson.print(pages));
      files.put("definition/pages/" + page + "/page.json", PowerBiJson.print(page(page, shown.get())));
      String visual = StableIds.hex("visual", shown.get().name());
      files.put("definition/pages/" + page + "/visuals/" + visual + "/visual.json",
          PowerBiJson.print(TableVisual.of(visual, shown.get(), PAGE_WIDTH, PAGE_HEIGHT)));
    } else {
      files.put("definition/pages/pages.json", PowerBiJson.print(pages));
    }
    return files;
  }

  private static ObjectNode page(String name, ReportView view) {
    ObjectNode page = PowerBiJson.withSchema(PAGE_SCHEMA);
    page.put("name", name);
    page.put("displayName", view.title());
    page.put("displayOption", "FitToPage");
    page.put("height", PAGE_HEIGHT);
    page.put("width", PAGE_WIDTH);
    return page;
  }
}
