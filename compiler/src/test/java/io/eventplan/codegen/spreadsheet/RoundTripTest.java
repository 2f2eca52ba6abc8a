package io.eventplan.codegen.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export then import gives back an equivalent plan: what every event carries, column by column. */
class RoundTripTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theRootPlanSurvivesTheSpreadsheet() throws Exception {
    TrackingPlan plan = PlanLoader.load(ROOT.resolve("tracking-plan.yaml"), CheckOptions.DEFAULT).orThrow();
    assertThat(events(roundTrip(plan))).isEqualTo(events(plan));
  }

  @Test
  void everyTypeAndConstraintSurvivesTheSpreadsheet() throws Exception {
    TrackingPlan plan = PlanLoader.load(
        ROOT.resolve("generated-examples/src/test/plans/every-type.yaml"), CheckOptions.DEFAULT).orThrow();
    // references need the people and companies sections, which the template has no place for
    assertThat(events(roundTrip(plan))).isEqualTo(withoutReferences(events(plan)));
  }

  @Test
  void theCodeColumnHoldsTheGeneratedCalls() {
    TrackingPlan plan = PlanLoader.load(ROOT.resolve("tracking-plan.yaml"), CheckOptions.DEFAULT).orThrow();
    String csv = SpreadsheetExport.csv(plan, "io.eventplan.generated");
    assertThat(csv).startsWith("Name,Description,Properties,Property Description,Property values,Data Type,Required,"
        + "Constraints,Conversion,Location,Status,Code\r\n");
    assertThat(csv).contains("\"TypeScript: trackSignedUp({ signup_method: \"\"email\"\" });\n"
        + "Java: ValidationResult<SignedUp> result = new SignedUpValidator().validate(json);\"");
    assertThat(csv).contains(",attempt,\"Number of consecutive failed attempts in this browser session, this one"
        + " included.\",,integer,no,\"{min: 1, max: 100}\",,,,\r\n");
  }

  private static TrackingPlan roundTrip(TrackingPlan plan) throws Exception {
    String csv = SpreadsheetExport.csv(plan, "io.eventplan.generated");
    SpreadsheetImport.Converted converted = SpreadsheetImport.convert("exported.csv", csv, plan.info().name());
    LoadResult loaded = PlanLoader.load("reimported.yaml", converted.yaml().getBytes(StandardCharsets.UTF_8),
        CheckOptions.DEFAULT);
    assertThat(loaded.errors()).as(converted.yaml()).isEmpty();
    return loaded.orThrow();
  }

  /** Every event as the columns see it; the Code column is excluded (the export fills it with generated calls). */
  private static List<Map<String, Object>> events(TrackingPlan plan) {
    return plan.events().stream().map(RoundTripTest::event).toList();
  }

  private static Map<String, Object> event(EventDef event) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", event.name());
    out.put("description", event.description());
    out.put("status", event.status());
    out.put("conversion", event.conversion());
    out.put("location", event.whereTracked());
    out.put("version", event.version());
    Map<String, Object> properties = new LinkedHashMap<>();
    for (PropertyDef property : event.properties()) {
      properties.put(property.name(), PlanSpecs.of(property, true));
    }
    out.put("properties", properties);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> withoutReferences(List<Map<String, Object>> events) {
    for (Map<String, Object> event : events) {
      ((Map<String, Map<String, Object>>) event.get("properties")).values().forEach(p -> p.remove("references"));
    }
    return events;
  }
}
