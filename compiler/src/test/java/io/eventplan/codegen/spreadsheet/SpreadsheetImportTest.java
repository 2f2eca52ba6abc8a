package io.eventplan.codegen.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.EventStatus;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.TypeKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetImportTest {

  @TempDir Path dir;

  private Path messyCsv() throws IOException {
    Path csv = dir.resolve("acme-tracking_plan.csv");
    try (InputStream in = getClass().getResourceAsStream("/spreadsheet/messy-tracking-plan.csv")) {
      Files.write(csv, in.readAllBytes());
    }
    return csv;
  }

  private ImportReport importMessy(Path plan) throws Exception {
    return SpreadsheetImport.run(new SpreadsheetImport.Request(messyCsv(), "acme.csv", plan, "", false));
  }

  @Test
  void aMessySheetBecomesAPlanThatPassesTheChecker() throws Exception {
    Path planFile = dir.resolve("tracking-plan.yaml");
    ImportReport report = importMessy(planFile);

    TrackingPlan plan = PlanLoader.load(planFile, CheckOptions.DEFAULT).orThrow();
    assertThat(plan.info().name()).isEqualTo("Acme Tracking Plan");
    assertThat(plan.events()).extracting(EventDef::name).containsExactly("Signed Up", "Order Completed", "Logged Out");
    assertThat(report.events()).isEqualTo(3);

    EventDef signedUp = plan.event("Signed Up").orElseThrow();
    assertThat(signedUp.status()).isEqualTo(EventStatus.IMPLEMENTED);
    assertThat(signedUp.conversion().isConversion()).isTrue();
    assertThat(signedUp.whereTracked()).isEqualTo("sign-up page");
    assertThat(signedUp.properties()).extracting(p -> p.name()).containsExactly("signup_method", "plan", "referrer");
    assertThat(((StringType) signedUp.property("signup_method").orElseThrow().type()).values())
        .containsExactly("email", "google", "github");
    // a quoted cell with one value per line (CRLF inside the cell)
    assertThat(((StringType) signedUp.property("plan").orElseThrow().type()).values())
        .containsExactly("free", "team", "enterprise");
    assertThat(signedUp.property("plan").orElseThrow().description()).isEqualTo("Plan chosen on the form");
    assertThat(signedUp.property("referrer").orElseThrow().type().kind()).isEqualTo(TypeKind.URL);

    EventDef order = plan.event("Order Completed").orElseThrow();
    assertThat(order.conversion().note()).isEqualTo("Revenue is counted here");
    assertThat(order.properties()).extracting(p -> p.name())
        .containsExactly("order_id", "item_count", "paid_at", "total", "coupon_used", "tags", "plan");
    assertThat(((IntegerType) order.property("item_count").orElseThrow().type()).values()).containsExactly(1L, 2L, 3L);
    assertThat(order.property("paid_at").orElseThrow().type().kind()).isEqualTo(TypeKind.TIMESTAMP);
    assertThat(order.property("total").orElseThrow().type()).isInstanceOf(NumberType.class);
    assertThat(order.property("total").orElseThrow().examples()).containsExactly(9.99);
    assertThat(order.property("coupon_used").orElseThrow().type().kind()).isEqualTo(TypeKind.BOOLEAN);
    assertThat(order.property("tags").orElseThrow().type().kind()).isEqualTo(TypeKind.ARRAY);

    EventDef loggedOut = plan.event("Logged Out").orElseThrow();
    assertThat(loggedOut.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(loggedOut.conversion().isConversion()).isFalse();
  }

  @Test
  void everyGuessIsListedWithItsLine() throws Exception {
    ImportReport report = importMessy(dir.resolve("tracking-plan.yaml"));
    List<String> guesses = report.guesses().stream().map(ImportGuess::toString).toList();
    assertThat(guesses).contains(
        "acme.csv:2: the header is on line 2; the 1 row(s) above it were skipped",
        "acme.csv:2: column \"Owner\" is not a column eventplan knows; its cells are kept as # import: comments",
        "acme.csv:3: property \"Signup Method\" renamed \"signup_method\" (properties are snake_case)",
        "acme.csv:3: status of \"Signed Up\" set to implemented from 3: yes",
        "acme.csv:3: Conversion \"Yes\" of \"Signed Up\" read as true",
        "acme.csv:3: property \"signup_method\" of \"Signed Up\": 3 values split at commas",
        "acme.csv:4: property \"plan\" of \"Signed Up\": Data Type \"Text\" read as {type: string}",
        "acme.csv:9: Status \"Live\" of \"Order Completed\" read as implemented",
        "acme.csv:10: property \"item_count\" of \"Order Completed\" has no Data Type; typed integer from its values",
        "acme.csv:10: property \"item_count\" of \"Order Completed\": 3 values split at semicolons",
        "acme.csv:11: property \"paid_at\" of \"Order Completed\": Data Type \"Date/Time\" read as {type: timestamp}",
        "acme.csv:12: property \"total\" of \"Order Completed\": Data Type \"Currency amount\" is unknown; typed number"
            + " from its values",
        "acme.csv:13: property \"coupon_used\" of \"Order Completed\": Data Type \"Bool\" read as {type: boolean}",
        "acme.csv:14: property \"tags\" of \"Order Completed\" is an array without an item type; its items were typed"
            + " string",
        "acme.csv:16: property \"order_id\" of \"Order Completed\" appears twice; merged into line 9",
        "acme.csv:17: status of \"Logged Out\" set to planned from 17: no");
  }

  @Test
  void whatCannotBeMappedStaysAsComments() throws Exception {
    Path planFile = dir.resolve("tracking-plan.yaml");
    importMessy(planFile);
    String yaml = Files.readString(planFile);
    assertThat(yaml)
        .contains("# import: column \"Owner\" (not a column eventplan knows) is kept as comments")
        .contains("# import: Owner (line 3): Growth team")
        .contains("# import: Data Type \"Currency amount\" is not a type eventplan knows")
        .contains("# import: Property values \"true, false\" (line 13) not kept: a boolean allows only true and false");
  }

  @Test
  void anExistingPlanIsOnlyReplacedWhenAskedTo() throws Exception {
    Path planFile = dir.resolve("tracking-plan.yaml");
    Files.writeString(planFile, "keep me");
    assertThatThrownBy(() -> importMessy(planFile))
        .isInstanceOf(SpreadsheetImportException.class)
        .hasMessageContaining("already exists").hasMessageContaining("overwrite");
    assertThat(Files.readString(planFile)).isEqualTo("keep me");
    SpreadsheetImport.run(new SpreadsheetImport.Request(messyCsv(), "acme.csv", planFile, "Acme", true));
    assertThat(Files.readString(planFile)).contains("name: Acme\n");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() {
    String csv = "Name,Description\r\nSigned Up,\"A visitor\r\ncreated an account\r\n";
    assertThatThrownBy(() -> SpreadsheetImport.convert("bad.csv", csv, "Bad"))
        .isInstanceOf(SpreadsheetImportException.class)
        .hasMessageStartingWith("bad.csv:2:11: this quoted cell is never closed");
  }

  @Test
  void textAfterAClosingQuoteIsReportedWhereItIs() {
    String csv = "Name,Description\nSigned Up,\"Created\" an account\n";
    assertThatThrownBy(() -> SpreadsheetImport.convert("bad.csv", csv, "Bad"))
        .isInstanceOf(SpreadsheetImportException.class)
        .hasMessageStartingWith("bad.csv:2:20: unexpected ' ' after the closing quote");
  }

  @Test
  void aSheetWithoutHeaderSaysWhatItNeeds() {
    assertThatThrownBy(() -> SpreadsheetImport.convert("bad.csv", "a,b\n1,2\n", "Bad"))
        .isInstanceOf(SpreadsheetImportException.class)
        .hasMessageContaining("bad.csv:1:1: no header row found");
  }

  @Test
  void aPlanTheCheckerRejectsIsNotWritten() throws Exception {
    Path csv = dir.resolve("bad.csv");
    // two properties whose names differ only in case clash once snake_cased... here: a pattern that is not a regex
    Files.writeString(csv, "Name,Properties,Data Type,Constraints\nOrder Completed,code,string,\"{pattern: '('}\"\n",
        StandardCharsets.UTF_8);
    Path planFile = dir.resolve("tracking-plan.yaml");
    assertThatThrownBy(() -> SpreadsheetImport.run(new SpreadsheetImport.Request(csv, "bad.csv", planFile, "", false)))
        .isInstanceOf(SpreadsheetImportException.class)
        .hasMessageContaining("does not pass the checker")
        .hasMessageContaining("tracking-plan.yaml:");
    assertThat(planFile).doesNotExist();
    assertThat(dir.resolve("tracking-plan.yaml.rejected")).exists();
  }
}
