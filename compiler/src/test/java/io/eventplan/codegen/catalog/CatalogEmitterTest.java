package io.eventplan.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.warehouse.WarehouseGeneration;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogEmitterTest {
  private static final Path ROOT_PLAN = Path.of("..", "tracking-plan.yaml").toAbsolutePath().normalize();

  private static Map<String, String> rootCatalog() {
    TrackingPlan plan = PlanLoader.load(ROOT_PLAN, "tracking-plan.yaml", CheckOptions.DEFAULT).orThrow();
    EmitContext context = new EmitContext("io.eventplan.generated", "tracking-plan.yaml")
        .withLock(WarehouseGeneration.readLock(WarehouseGeneration.lockFileOf(ROOT_PLAN)));
    return new CatalogEmitter().emit(plan, context).stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }

  @Test
  void oneHtmlPageAMarkdownIndexAndAPagePerEvent() {
    TrackingPlan plan = PlanLoader.load(ROOT_PLAN, CheckOptions.DEFAULT).orThrow();
    assertThat(rootCatalog()).hasSize(2 + plan.events().size());
    assertThat(rootCatalog().keySet()).contains(
        "eventplan/catalog/index.html", "eventplan/catalog/markdown/README.md",
        "eventplan/catalog/markdown/events/logged_in.md", "eventplan/catalog/markdown/events/signed_up.md",
        "eventplan/catalog/markdown/events/logged_out.md", "eventplan/catalog/markdown/events/feature_used.md",
        "eventplan/catalog/markdown/events/login_failed.md");
  }

  @Test
  void anEventPageShowsWhatEveryOutputMakesOfTheEvent() {
    String page = rootCatalog().get("eventplan/catalog/markdown/events/signed_up.md");
    assertThat(page)
        .startsWith("<!-- Generated from tracking-plan.yaml by eventplan - do not edit. -->\n\n# Signed Up\n")
        .contains("| Status | implemented |", "| Location | sign-up page, after the server created the account |")
        .contains("| `signup_method` | string | yes | `email`, `google`, `github`, `sso` |  | How the account was created. |")
        .contains("| `event_id` (common) | uuid | yes |")
        .contains("```ts\ntrackSignedUp({ signup_method: \"email\" });\n```")
        .contains("```java\nValidationResult<SignedUp> result = new SignedUpValidator().validate(json);\n```")
        .contains("`eventplan/schemas/events/signed_up.json`", "\"$id\": \"https://eventplan.io/schemas/")
        .contains("Table `signed_up`:", "| `signup_method` | text | yes |", "| `plan` | text | no |")
        .contains("- changeset 0006-create-signed_up: plan version 1: create table signed_up (event 'Signed Up' version 1)")
        .contains("- plan version 1: added (event version 1)");
    String loginFailed = rootCatalog().get("eventplan/catalog/markdown/events/login_failed.md");
    assertThat(loginFailed).contains("| `attempt` | integer | no |  | `{min: 1, max: 100}` |");
    assertThat(rootCatalog().get("eventplan/catalog/markdown/events/logged_in.md")).contains("- `logged_in_users`");
  }

  @Test
  void theHtmlPageIsSelfContainedEscapedAndSearchable() {
    String html = rootCatalog().get("eventplan/catalog/index.html");
    assertThat(html).doesNotContain("http://", "<link", "src=\"")
        .contains("<input id=\"search\" type=\"search\"")
        .contains("<section class=\"event\" id=\"signed_up\" data-search=\"signed up a visitor created an account")
        .contains("<code class=\"ts-call\">trackSignedUp({ signup_method: &quot;email&quot; });</code>")
        .contains("&quot;$id&quot;: &quot;https://eventplan.io/schemas/");
  }

  @Test
  void planTextCannotInjectMarkupOrBreakTables() {
    String yaml = """
        plan: {name: "<b>Shop</b>", version: 1}
        events:
          Order Completed:
            description: "Paid <script>alert(1)</script> | with a pipe and `ticks`"
            properties:
              note: {type: string, values: ["a|b", "<i>"], description: "# not a heading"}
        """;
    TrackingPlan plan = PlanLoader.load("shop.yaml", yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT)
        .orThrow();
    List<GeneratedFile> files = new CatalogEmitter().emit(plan, new EmitContext("com.example", "shop.yaml"));
    String html = files.get(0).content();
    assertThat(html).doesNotContain("<script>alert", "<b>Shop", "<i>")
        .contains("Paid &lt;script&gt;alert(1)&lt;/script&gt;");
    String page = files.stream().filter(f -> f.path().endsWith("order_completed.md")).findFirst().orElseThrow().content();
    assertThat(page).contains("Paid \\<script\\>alert(1)\\</script\\> | with a pipe and \\`ticks\\`")
        .contains("`a\\|b`, `<i>`", "\\# not a heading")
        .contains("No lock file history yet.");
    assertThat(new CatalogEmitter().emit(plan, new EmitContext("com.example", "shop.yaml"))).isEqualTo(files);
  }
}
