package io.eventplan.codegen.java;

import static io.eventplan.codegen.java.SupportTypes.COLUMN;
import static io.eventplan.codegen.java.SupportTypes.COLUMN_TYPE;
import static io.eventplan.codegen.java.SupportTypes.EVENT_STATUS;
import static io.eventplan.codegen.java.SupportTypes.EVENT_TABLE;
import static io.eventplan.codegen.java.SupportTypes.TRAITS_TABLE;

import com.palantir.javapoet.CodeBlock;
import io.eventplan.runtime.Column;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.TraitsTable;
import java.util.List;

/** Java expressions that rebuild the runtime's table descriptions the compiler computed from the plan. */
final class TablesCode {
  private TablesCode() {}

  /** {@code new EventTable("Logged In", 1, EventStatus.IMPLEMENTED, "logged_in", "event_logged_in", List.of(...))}. */
  static CodeBlock eventTable(EventTable table) {
    return CodeBlock.of("new $T($S, $L, $T.$L, $S, $S, $L)", EVENT_TABLE, table.event(), table.version(), EVENT_STATUS,
        table.status().name(), table.table(), table.view(), columns(table.columns()));
  }

  /** {@code new TraitsTable("people", "user_id", List.of(...))}. */
  static CodeBlock traitsTable(TraitsTable table) {
    return CodeBlock.of("new $T($S, $S, $L)", TRAITS_TABLE, table.table(), table.keyColumn(),
        columns(table.columns()));
  }

  private static CodeBlock columns(List<Column> columns) {
    if (columns.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n$>$>", List.class);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      code.add("new $T($S, $S, $S, $T.$L)$L", COLUMN, column.property(), column.column(), column.viewColumn(),
          COLUMN_TYPE, column.type().name(), i < columns.size() - 1 ? ",\n" : "");
    }
    return code.add(")$<$<").build();
  }
}
