package io.eventplan.collector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.eventplan.collector.ingest.MessageProcessor;
import io.eventplan.collector.ingest.Received;
import io.eventplan.collector.ingest.Rejections;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.segment.MalformedJsonException;
import io.eventplan.collector.segment.MessageType;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.segment.SegmentMapper;
import io.eventplan.collector.support.TestPlanValidators;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.plan.model.TrackingPlan;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coverage-guided fuzzing of the collector's payload handling with Jazzer: any body is either
 * refused as malformed JSON or, read as a message of every call type, becomes a write (stored or
 * rejected with violations) through the strict reader, the Segment mapper and the generated
 * validators of the test plan, never an unexpected exception. Regression mode replays
 * {@code PayloadFuzzTestInputs/}; {@code -Pfuzz} fuzzes (docs/security.md).
 */
class PayloadFuzzTest {
  private static final TrackingPlan PLAN = TestPlans.testPlan();
  private static final SegmentJson JSON = new SegmentJson();
  private static final JsonText TEXT = new JsonText(JSON.mapper());
  private static final MessageProcessor PROCESSOR = new MessageProcessor(new SegmentMapper(PLAN),
      TestPlanValidators.judge(), JSON, TEXT, new Rejections(TEXT, PLAN.info().version()), PLAN.info().version());
  private static final Received RECEIVED = new Received(Instant.parse("2026-01-01T00:00:00Z"), "127.0.0.1");

  @FuzzTest(maxDuration = "20s")
  void anyBodyIsRefusedOrJudgedNeverAnException(byte[] body) {
    JsonNode node;
    try {
      node = JSON.parse(body);
    } catch (MalformedJsonException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (MessageType type : MessageType.values()) {
      Write write = PROCESSOR.process(type, ((ObjectNode) node).deepCopy(), RECEIVED);
      assertThat(write).isNotNull();
    }
  }
}
