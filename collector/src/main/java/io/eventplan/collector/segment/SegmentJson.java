package io.eventplan.collector.segment;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collector's JSON reader and writer. Strict where Segment's payloads allow doubt: a member
 * twice in one object is malformed, nesting is bounded, and numbers keep their exact value (1e400
 * stays 1e400 rather than becoming Infinity, so the validators see what the client sent).
 */
public final class SegmentJson {
  /** Deep enough for any real payload, shallow enough that hostile nesting is refused cheaply. */
  public static final int MAX_NESTING_DEPTH = 64;

  private final JsonMapper mapper;

  public SegmentJson() {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** Parses a whole body; throws {@link MalformedJsonException} with a short reason. */
  public JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw new MalformedJsonException("the body is empty");
    }
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new MalformedJsonException("the body holds no JSON value");
      }
      return node;
    } catch (JacksonException e) {
      throw new MalformedJsonException(e.getOriginalMessage());
    } catch (NumberFormatException e) {
      // Jackson refuses a decimal beyond its limits (e.g. 2e40000000000000000000) with this, not a JacksonException
      throw new MalformedJsonException("a number is too large to read (its exponent or its digits); send numbers "
          + "within the plan's ranges");
    }
  }

  public byte[] bytes(JsonNode node) {
    return mapper.writeValueAsBytes(node);
  }

  public String text(JsonNode node) {
    return mapper.writeValueAsString(node);
  }

  public JsonMapper mapper() {
    return mapper;
  }
}
