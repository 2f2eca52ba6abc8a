package io.eventplan.codegen.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The project's file name: the plan's name with only what every file system takes. */
class ProjectNameTest {

  private static String nameOf(String planName) {
    String yaml = "plan: {name: \"" + planName.replace("\\", "\\\\").replace("\"", "\\\"") + "\", version: 1}\n"
        + "events: {Logged In: {}}\n";
    return ProjectName.of(PowerBiFiles.plan(yaml)).value();
  }

  @Test
  void lettersOfAnyScriptDigitsSpacesDashesAndUnderscoresAreKept() {
    assertThat(nameOf("Event Data Project")).isEqualTo("Event Data Project");
    assertThat(nameOf("Café Ünïcode 日本 2_x-y")).isEqualTo("Café Ünïcode 日本 2_x-y");
  }

  @Test
  void everythingElseBecomesOneSpace() {
    assertThat(nameOf("a/b\\c: \"d\" <e>|f?*g.")).isEqualTo("a b c d e f g");
    assertThat(nameOf("../..")).isEqualTo("eventplan");
    assertThat(nameOf("😀 ✓")).isEqualTo("eventplan");
  }

  @Test
  void windowsDeviceNamesAndLongNamesAreMadeSafe() {
    assertThat(nameOf("nul")).isEqualTo("nul report");
    assertThat(nameOf("LPT1")).isEqualTo("LPT1 report");
    assertThat(nameOf("𝔸".repeat(70))).isEqualTo("𝔸".repeat(60)); // 60 code points, each a surrogate pair
  }
}
