package io.eventplan.examples.differential;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The judged payloads as JSON Lines, for the other judges (ajv and the snippet's dev-mode check in
 * login-frontend/test/four-judges.test.mjs). One object per line: {@code plan}, {@code target} (event, people or
 * companies), {@code event}, {@code schema} (the schema file, relative to the generated-examples module),
 * {@code valid}, {@code mutation}, {@code path} and {@code rule} (of a mutated payload), {@code exactNumbers},
 * {@code seed}, {@code payload}: the payload's JSON text exactly as judged (a string, so that its numbers keep
 * every digit), and the verdicts {@code java} and {@code networknt} ({@code {valid, reasons}}). A payload with
 * exact numbers also has {@code doublePayload}, the payload as a reader of doubles sees it
 * ({@link DoubleReading}), and {@code javaOnDoubles}, the Java validator's verdict on that text: what a judge
 * working on JavaScript values can give at best.
 */
final class Corpus {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> lines = new ArrayList<>();

  synchronized void add(String plan, String schemaFile, long seed, Payload payload, Verdict java, Verdict networknt,
      Judge javaJudge) {
    ObjectNode line = JSON.createObjectNode()
        .put("plan", plan)
        .put("target", payload.target().kind().label())
        .put("event", payload.target().name())
        .put("schema", schemaFile)
        .put("valid", payload.valid())
        .put("mutation", payload.mutation().label())
        .put("path", payload.path())
        .put("rule", payload.rule())
        .put("exactNumbers", payload.exactNumbers())
        .put("seed", seed)
        .put("payload", payload.json());
    line.set("java", verdict(java));
    line.set("networknt", verdict(networknt));
    if (payload.exactNumbers()) {
      String doubles = DoubleReading.of(payload.json());
      line.put("doublePayload", doubles);
      line.set("javaOnDoubles", verdict(javaJudge.judge(payload.target(), doubles.getBytes(StandardCharsets.UTF_8))));
    }
    lines.add(JSON.writeValueAsString(line));
  }

  private static ObjectNode verdict(Verdict verdict) {
    ObjectNode node = JSON.createObjectNode().put("valid", verdict.valid());
    ArrayNode reasons = node.putArray("reasons");
    verdict.reasons().forEach(reason -> reasons.add(reason.toString()));
    return node;
  }

  synchronized void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }
}
