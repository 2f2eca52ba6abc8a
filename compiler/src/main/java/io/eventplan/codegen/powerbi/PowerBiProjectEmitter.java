package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Emits a Power BI Project (PBIP) over the plan's report views, under
 * {@code eventplan/powerbi/}: {@code <Plan name>.pbip}, the semantic model in TMDL
 * ({@code <Plan name>.SemanticModel/}) and the report in PBIR ({@code <Plan name>.Report/}).
 */
public final class PowerBiProjectEmitter implements Emitter {
  /** Where the Power BI files go, relative to the resource output directory. */
  public static final String FOLDER = "eventplan/powerbi/";
  static final String PBIP_SCHEMA =
      "https://developer.microsoft.com/json-schemas/fabric/pbip/pbipProperties/1.0.0/schema.json";

  @Override
  public String id() {
    return "powerbi-project";
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    ReportViews views = ReportViews.of(plan);
    ProjectName project = ProjectName.of(plan);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(file(project.value() + ".pbip", pbip(project)));
    add(files, project.semanticModelFolder(), SemanticModelFiles.of(views, context));
    add(files, project.reportFolder(), ReportFiles.of(views, project));
    return files;
  }

  private static String pbip(ProjectName project) {
    ObjectNode pbip = PowerBiJson.withSchema(PBIP_SCHEMA);
    pbip.put("version", "1.0");
    pbip.putArray("artifacts").addObject().putObject("report").put("path", project.reportFolder());
    pbip.putObject("settings").put("enableAutoRecovery", true);
    return PowerBiJson.print(pbip);
  }

  private static void add(List<GeneratedFile> files, String folder, Map<String, String> contents) {
    contents.forEach((path, content) -> files.add(file(folder + "/" + path, content)));
  }

  private static GeneratedFile file(String path, String content) {
    return new GeneratedFile(OutputRoot.RESOURCES, FOLDER + path, content);
  }
}
