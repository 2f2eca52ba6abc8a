package io.eventplan.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.eventplan.examples.events.LoggedIn;
import io.eventplan.examples.events.LoggedInValidator;
import io.eventplan.runtime.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validating one realistic "Logged In" event, read from UTF-8 bytes, three ways: the validator eventplan generates,
 * networknt json-schema-validator on the generated JSON Schema (parse to a tree, then validate, format assertions
 * on), and plain Jackson data binding into an equivalent record with no validation at all; plus two references
 * that show where the time goes (reading the tokens only, parsing the URL only). All variants run in one JMH run so
 * that they share the machine's noise; compare them as ratios. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// 2 shared cores are noisy and starve the JIT: a long warm-up (networknt needed more than 10 s under load), then
// many short iterations so that outliers show in the raw data
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
// networknt logs through SLF4J, which has no provider here: keep its notice out of the results
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class LoggedInValidationBenchmark {
  static final String URL = "https://app.example.com/login?next=%2Fdashboard";

  static final String VALID =
      "{\"event_id\":\"3f1c9a2e-7b4d-4e8a-9c61-0d5e2b7f4a13\","
          + "\"timestamp\":\"2026-11-25T10:15:30.123Z\","
          + "\"user_id\":\"user_8f3a2c\","
          + "\"url\":\"" + URL + "\","
          + "\"type\":\"password\"}";

  /** The same event with one violation: a {@code type} the plan does not allow. */
  static final String INVALID = VALID.replace("\"password\"", "\"passkey\"");

  static final String SCHEMA_RESOURCE = "/eventplan/schemas/events/logged_in.json";

  byte[] valid;
  byte[] invalid;
  LoggedInValidator generated;
  JsonMapper treeMapper;
  Schema schema;
  ObjectReader binding;
  JsonFactory tokens;
  String url;

  @Setup
  public void setUp() {
    valid = VALID.getBytes(StandardCharsets.UTF_8);
    invalid = INVALID.getBytes(StandardCharsets.UTF_8);

    generated = new LoggedInValidator();
    tokens = new JsonFactory();
    url = URL;
    treeMapper = JsonMapper.builder().build();
    schema = loadSchema(treeMapper);
    binding =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build()
            .readerFor(PlainLoggedIn.class);

    // every variant must do the work it claims to do, on the payload it claims to read
    check(generated.validate(valid).isValid(), "the generated validator rejects the valid event");
    check(generated.validate(invalid).violations().size() == 1, "the generated validator must find one violation");
    check(schema.validate(treeMapper.readTree(valid)).isEmpty(), "networknt rejects the valid event");
    check(schema.validate(treeMapper.readTree(invalid)).size() == 1, "networknt must find one violation");
    byte[] badUrl = VALID.replace("https://", "https:// ").getBytes(StandardCharsets.UTF_8);
    check(schema.validate(treeMapper.readTree(badUrl)).size() == 1, "networknt must assert formats");
    PlainLoggedIn bound = binding.readValue(valid);
    LoggedIn typed = generated.validate(valid).value();
    check(
        bound.eventId().equals(typed.eventId())
            && bound.timestamp().equals(typed.timestamp())
            && bound.userId().equals(typed.userId())
            && bound.url().equals(typed.url())
            && bound.type().equals(typed.type().wire()),
        "Jackson binding and the generated validator read different values");
  }

  /** (a) The generated validator: streaming parse, every check, the typed record. */
  @Benchmark
  public void generatedValidator(Blackhole blackhole) {
    blackhole.consume(generated.validate(valid));
  }

  /** (b) networknt: parse to a Jackson tree, then validate it against the generated JSON Schema. */
  @Benchmark
  public void networknt(Blackhole blackhole) {
    blackhole.consume(schema.validate(treeMapper.readTree(valid)));
  }

  /** (c) The baseline: Jackson binds the bytes to an equivalent record and checks nothing. */
  @Benchmark
  public void jacksonBinding(Blackhole blackhole) {
    blackhole.consume(binding.<PlainLoggedIn>readValue(valid));
  }

  /** (a) on an event with one violation. */
  @Benchmark
  public void generatedValidatorInvalid(Blackhole blackhole) {
    blackhole.consume(generated.validate(invalid));
  }

  /** (b) on an event with one violation. */
  @Benchmark
  public void networkntInvalid(Blackhole blackhole) {
    blackhole.consume(schema.validate(treeMapper.readTree(invalid)));
  }

  /**
   * A reference, not a contender: only reading the event's tokens and its string values with Jackson's streaming
   * parser, as the generated validator does, without any check or typed value. No validator can be faster.
   */
  @Benchmark
  public void jacksonTokensOnly(Blackhole blackhole) {
    try (JsonParser parser = tokens.createParser(ObjectReadContext.empty(), valid)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          blackhole.consume(parser.getString());
        }
      }
    }
  }

  /** A reference: the JDK parsing the event's {@code url} into the {@link URI} that every typed variant holds. */
  @Benchmark
  public void jdkUriOnly(Blackhole blackhole) {
    blackhole.consume(URI.create(url));
  }

  /** networknt as the collector would configure it: draft 2020-12, formats asserted, the schema compiled once. */
  static Schema loadSchema(JsonMapper mapper) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    JsonNode node;
    try (InputStream in = LoggedInValidationBenchmark.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path");
      }
      node = mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Schema schema = registry.getSchema(SchemaLocation.of(node.get("$id").asString()), node);
    schema.initializeValidators();
    return schema;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
