package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A url property accepts what the Java validators accept: the schema's {@code $defs/url} pattern, not networknt's
 * {@code uri} format, which also passes the bare prefixes {@code scheme:}, {@code scheme://} and {@code //} that
 * {@link URI} cannot parse.
 */
class UrlSchemaTest {

  private static final Schema URL = Networknt.compile(propertySchema("""
      url: {type: url}
      """));

  private static final Schema HTTPS_URL = Networknt.compile(propertySchema("""
      url: {type: url, pattern: '^https://', min_length: 8}
      """));

  /** The schema of an event whose only property is {@code yaml}'s {@code url}. */
  private static String propertySchema(String yaml) {
    String plan = "plan: {name: Urls, version: 1}\nevents:\n  Page Viewed:\n    properties:\n      " + yaml;
    TrackingPlan loaded =
        PlanLoader.load("tracking-plan.yaml", plan.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
    return TestPlans.schemas(loaded).get("eventplan/schemas/events/page_viewed.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http:", "https:", "https://", "//", "://", "1a:", "a,b:", "+.-:", "x1+,.-://"})
  void bareSchemesAndSlashesAreRejectedAsJavaRejectsThem(String text) {
    assertThatThrownBy(() -> new URI(text)).isInstanceOf(URISyntaxException.class);
    assertThat(formatOnly(text)).as("networknt's uri format alone accepts %s", text).isEmpty();

    assertThat(keywords(URL, text)).containsExactly("pattern");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://", "https:"})
  void theDefinitionAlsoAppliesNextToThePlansOwnConstraints(String text) {
    assertThat(keywords(HTTPS_URL, text)).contains("pattern");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com", "http://a.b/c?d=e#f", "mailto:ada@example.com", "urn:isbn:0451450523",
      "file:///etc/hosts", "a:b", "tel:+1-816-555-1212", "https://[::1]:8080/x", "http://x//", "a://b"})
  void absoluteUrisStillPass(String text) {
    assertThat(keywords(URL, text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/relative", "relative", "", "https://exa mple.com", "https://example.com/?q=[1]"})
  void otherNonUrisFailTheDefinition(String text) {
    assertThat(keywords(URL, text)).containsExactly("pattern");
  }

  private static List<String> keywords(Schema schema, String url) {
    ObjectNode payload = Networknt.JSON.createObjectNode().put("url", url);
    return schema.validate(Networknt.JSON.writeValueAsString(payload), InputFormat.JSON).stream()
        .map(Error::getKeyword)
        .toList();
  }

  private static List<Error> formatOnly(String url) {
    Schema format = Networknt.compile("""
        {"$id": "https://eventplan.io/test/format-only.json", "type": "string", "format": "uri"}
        """);
    return format.validate(Networknt.JSON.writeValueAsString(Networknt.JSON.getNodeFactory().stringNode(url)),
        InputFormat.JSON);
  }
}
