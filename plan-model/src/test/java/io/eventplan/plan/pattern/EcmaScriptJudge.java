package io.eventplan.plan.pattern;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JavaScript's own verdicts, from the machine's Node.js (a build prerequisite): {@code new RegExp(source, "u").test(text)}
 * for each pattern and text, and whether {@code new RegExp(source, "u")} compiles at all.
 */
final class EcmaScriptJudge {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCRIPT = """
      let input = "";
      process.stdin.on("data", (d) => (input += d));
      process.stdin.on("end", () => {
        const out = JSON.parse(input).map(({ source, texts }) => {
          let regex;
          try { regex = new RegExp(source, "u"); } catch (e) { return { error: String(e.message) }; }
          return { verdicts: texts.map((t) => regex.test(t)) };
        });
        process.stdout.write(JSON.stringify(out));
      });
      """;

  /** What JavaScript says of one pattern: an error, or a verdict per text. */
  record Answer(String error, List<Boolean> verdicts) {}

  private EcmaScriptJudge() {}

  static List<Answer> judge(List<String> sources, List<List<String>> texts) throws IOException, InterruptedException {
    ArrayNode request = JSON.createArrayNode();
    for (int i = 0; i < sources.size(); i++) {
      ObjectNode item = request.addObject().put("source", sources.get(i));
      ArrayNode array = item.putArray("texts");
      texts.get(i).forEach(array::add);
    }
    Process node = new ProcessBuilder("node", "-e", SCRIPT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (OutputStream in = node.getOutputStream()) {
      in.write(JSON.writeValueAsBytes(request));
    }
    byte[] output = node.getInputStream().readAllBytes();
    if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
      throw new IllegalStateException("node failed: " + new String(output, StandardCharsets.UTF_8));
    }
    List<Answer> answers = new ArrayList<>();
    for (JsonNode answer : JSON.readTree(output)) {
      if (answer.has("error")) {
        answers.add(new Answer(answer.get("error").asString(), List.of()));
      } else {
        List<Boolean> verdicts = new ArrayList<>();
        answer.get("verdicts").forEach(v -> verdicts.add(v.booleanValue()));
        answers.add(new Answer(null, verdicts));
      }
    }
    return answers;
  }
}
