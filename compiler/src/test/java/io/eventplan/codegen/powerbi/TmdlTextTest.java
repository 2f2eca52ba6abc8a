package io.eventplan.codegen.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TMDL names and values, M text literals and project names: quoted exactly when needed, and read back intact. */
class TmdlTextTest {

  @Test
  void plainNamesStayAsTheyAre() {
    assertThat(Tmdl.name("logged_in_users")).isEqualTo("logged_in_users");
    assertThat(Tmdl.name("_x1")).isEqualTo("_x1");
  }

  @Test
  void otherNamesAreQuotedWithDoubledQuotes() {
    assertThat(Tmdl.name("Last logged in")).isEqualTo("'Last logged in'");
    assertThat(Tmdl.name("it's")).isEqualTo("'it''s'");
    assertThat(Tmdl.name("a.b=c:d")).isEqualTo("'a.b=c:d'");
    assertThat(Tmdl.name("größe")).isEqualTo("'größe'");
    assertThat(Tmdl.name("1st")).isEqualTo("'1st'");
    assertThat(Tmdl.name("table")).isEqualTo("'table'");
    for (String name : List.of("Last logged in", "it's", "''", "a.b=c:d", "größe", "table", "x'y''z", " lead")) {
      assertThat(TmdlReader.name(Tmdl.name(name), "test", 0)).isEqualTo(name);
    }
  }

  @Test
  void valuesAreQuotedWhenTheyCouldBeMisread() {
    assertThat(Tmdl.text("Last logged in")).isEqualTo("Last logged in");
    assertThat(Tmdl.text("yyyy-mm-dd")).isEqualTo("yyyy-mm-dd");
    assertThat(Tmdl.text("hh:nn")).isEqualTo("\"hh:nn\"");
    assertThat(Tmdl.text(" padded ")).isEqualTo("\" padded \"");
    assertThat(Tmdl.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    for (String value : List.of("Last logged in", "hh:nn", " padded ", "say \"hi\"", "größe", "'", "\"")) {
      assertThat(TmdlReader.value(Tmdl.text(value))).isEqualTo(value);
    }
  }

  @Test
  void descriptionsAreTripleSlashLinesWithoutBlankOnes() {
    assertThat(Tmdl.description(1, List.of("first\n\nsecond  ", "third")))
        .isEqualTo("\t/// first\n\t/// second\n\t/// third\n");
  }

  @Test
  void mTextEscapesQuotesEscapeStartsAndControlCharacters() {
    assertThat(MText.literal("logged_in_users")).isEqualTo("\"logged_in_users\"");
    assertThat(MText.literal("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(MText.literal("#(tab)")).isEqualTo("\"#(#)(tab)\"");
    assertThat(MText.literal("a\tb\n")).isEqualTo("\"a#(0009)b#(000A)\"");
    assertThat(MText.literal("# alone")).isEqualTo("\"# alone\"");
  }
}
