package io.eventplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.check.CheckOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind gets one clear, located error and nothing else. */
class SyntaxErrorsTest {

  @Test
  void emptyFile() {
    assertThat(Plans.messages(""))
        .containsExactly("plan.yaml:1:1: [FILE_EMPTY] the file is empty; a tracking plan needs at least"
            + " 'plan:' and 'events:' (see docs/tracking-plan-format.md).");
  }

  @Test
  void onlyComments() {
    assertThat(Plans.messages("# nothing here\n\n   # still nothing\n"))
        .singleElement().asString().startsWith("plan.yaml:1:1: [FILE_EMPTY]");
  }

  @Test
  void notYaml() {
    assertThat(Plans.messages("plan: {name: [unclosed\n"))
        .singleElement().asString()
        .startsWith("plan.yaml:2:1: [YAML_SYNTAX] this is not valid YAML: ")
        .endsWith(". Check indentation, colons and quotes near this place.");
  }

  @Test
  void documentThatIsNotAMapping() {
    assertThat(Plans.messages("- just\n- a list\n"))
        .containsExactly("plan.yaml:1:1: [WRONG_SHAPE] The tracking plan must be a mapping (plan:, events:, ...),"
            + " but it is a list.");
  }

  @Test
  void tabIndentation() {
    String yaml = Plans.HEADER + "events:\n\tThing Happened:\n\t\tdescription: x\n";
    assertThat(Plans.messages(yaml))
        .containsExactly("plan.yaml:5:1: [YAML_TAB] a tab is used for indentation; YAML allows only spaces"
            + " there. Replace the tab with spaces.");
  }

  @Test
  void invalidUtf8PointsAtTheByte() {
    byte[] head = (Plans.HEADER + "events:\n  Caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + 9];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
    System.arraycopy(" Opened:\n".getBytes(StandardCharsets.UTF_8), 0, bytes, head.length + 1, 9);
    LoadResult result = PlanLoader.load("plan.yaml", bytes, CheckOptions.DEFAULT);
    assertThat(result.diagnostics()).map(Diagnostic::toString)
        .containsExactly("plan.yaml:5:6: [ENCODING] byte 0xE9 is not valid UTF-8; save the file as UTF-8"
            + " (most editors offer 'Save with encoding').");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    String yaml = "\uFEFF" + Plans.HEADER + "events:\n  Thing Happened: {}\n";
    assertThat(Plans.load(yaml).plan()).isPresent();
  }

  @Test
  void yamlBombIsRefusedAtTheFirstAnchor() {
    String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
    LoadResult result = Plans.load(bomb);
    assertThat(result.plan()).isEmpty();
    assertThat(result.diagnostics()).map(Diagnostic::toString)
        .contains("plan.yaml:1:4: [YAML_ALIAS] anchors ('&a') are not supported in a tracking plan;"
            + " remove the anchor and write values out in full.")
        .contains("plan.yaml:2:8: [YAML_ALIAS] aliases ('*a') are not supported in a tracking plan;"
            + " write the value out in full.");
  }

  @Test
  void aliasIsReported() {
    String yaml = Plans.HEADER + "events:\n  Thing Happened:\n    description: *text\n";
    assertThat(Plans.messages(yaml)).anySatisfy(m -> assertThat(m).isEqualTo(
        "plan.yaml:6:18: [YAML_ALIAS] aliases ('*text') are not supported in a tracking plan; write the value"
            + " out in full."));
  }

  @Test
  void fiftyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    byte[] line = "# padding padding padding padding padding padding padding padding padding\n"
        .getBytes(StandardCharsets.US_ASCII);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    LoadResult result = PlanLoader.load(big, "big.yaml", CheckOptions.DEFAULT);
    assertThat(result.diagnostics()).map(Diagnostic::toString)
        .containsExactly("big.yaml:1:1: [FILE_TOO_LARGE] the file is 50.0 MiB; a tracking plan may be at most"
            + " 16 MiB. Check that this is the right file.");
  }

  @Test
  void oversizedBytesAreRefusedToo() {
    byte[] bytes = new byte[17 * 1024 * 1024];
    java.util.Arrays.fill(bytes, (byte) ' ');
    assertThat(PlanLoader.load("x.yaml", bytes, CheckOptions.DEFAULT).diagnostics())
        .singleElement().extracting(Diagnostic::code).isEqualTo(DiagnosticCode.FILE_TOO_LARGE);
  }

  @Test
  void missingFile(@TempDir Path dir) {
    assertThat(PlanLoader.load(dir.resolve("nope.yaml"), "nope.yaml", CheckOptions.DEFAULT).diagnostics())
        .map(Diagnostic::toString)
        .containsExactly("nope.yaml:1:1: [FILE_EMPTY] the plan file does not exist; create it (see"
            + " docs/tracking-plan-format.md) or point planFile at it.");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThat(Plans.messages(deep)).singleElement().asString()
        .startsWith("plan.yaml:1:")
        .contains("[YAML_SYNTAX] the YAML is nested more than 64 levels deep");
  }

  @Test
  void secondDocumentIsRefused() {
    String yaml = Plans.HEADER + "events:\n  Thing Happened: {}\n---\nmore: 1\n";
    assertThat(Plans.messages(yaml)).singleElement().asString()
        .contains("[YAML_SYNTAX] only one YAML document is allowed");
  }

  @Test
  void duplicateKeysAreReportedWithBothPlaces() {
    String yaml = Plans.HEADER + "events:\n  Thing Happened: {}\n  Thing Happened: {}\n";
    assertThat(Plans.messages(yaml)).containsExactly(
        "plan.yaml:6:3: [DUPLICATE_KEY] 'Thing Happened' is defined twice in 'events' (first at line 5);"
            + " remove or rename one of them.");
  }

  @Test
  void duplicatePropertyIsReported() {
    String yaml = Plans.HEADER + "events:\n  Thing Happened:\n    properties:\n"
        + "      p: {type: string}\n      p: {type: integer}\n";
    assertThat(Plans.messages(yaml)).containsExactly(
        "plan.yaml:8:7: [DUPLICATE_KEY] 'p' is defined twice in 'properties' (first at line 7);"
            + " remove or rename one of them.");
  }
}
