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
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.runtime.EventPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Coverage-guided fuzzing of the collector's payload handling with Jazzer: any body is either
 * refused as malformed JSON or, read as a message of every call type, becomes a write (stored or
 * rejected with violations) through the strict reader, the Segment mapper and the generated
 * validators of the test plan, never an unexpected exception, and never slowly: judging a body of at most 32 KB (the
 * request limit) as every call type takes at most {@value #FUZZING_CPU_MILLIS} ms of CPU while fuzzing (the test plan
 * has patterns that backtracking engines take minutes on). Regression mode replays {@code PayloadFuzzTestInputs/}
 * with a looser bound that a loaded machine meets; {@code -Pfuzz} fuzzes (docs/security.md).
 */
class PayloadFuzzTest {
  private static final EventPlan PLAN = TestPlans.testPlan();
  private static final SegmentJson JSON = new SegmentJson();
  private static final JsonText TEXT = new JsonText(JSON.mapper());
  private static final MessageProcessor PROCESSOR = new MessageProcessor(new SegmentMapper(PLAN.tables()),
      new ValidatorJudge(TestPlans.testPlan()), JSON, TEXT, new Rejections(TEXT, PLAN.version()), PLAN.version());
  private static final Received RECEIVED = new Received(Instant.parse("2026-01-01T00:00:00Z"), "127.0.0.1");
  private static final int MAX_BODY = 32 * 1024;
  /** The bound while fuzzing (JAZZER_FUZZ set, -Pfuzz): CPU time of this thread, so other load does not count. */
  static final long FUZZING_CPU_MILLIS = 100;
  /** The bound when replaying the committed inputs in every build: loose, and still far below a backtracking stall. */
  static final long REPLAY_CPU_MILLIS = 2_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @FuzzTest(maxDuration = "20s")
  void anyBodyIsRefusedOrJudgedNeverAnException(byte[] body) {
    if (body.length > MAX_BODY) {
      return; // the collector answers 413 before reading further
    }
    long start = THREADS.getCurrentThreadCpuTime();
    judge(body);
    long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    long bound = System.getenv("JAZZER_FUZZ") != null ? FUZZING_CPU_MILLIS : REPLAY_CPU_MILLIS;
    assertThat(millis).as("CPU time to judge a body of %d bytes", body.length).isLessThanOrEqualTo(bound);
  }

  private static void judge(byte[] body) {
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
