package io.eventplan.codegen.spreadsheet;

import io.eventplan.plan.model.EventStatus;
import io.eventplan.plan.naming.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the rows of a Segment-template sheet into events and properties, the way people fill it in:
 * a title row above the header, an event row followed by rows with an empty Name for its further
 * properties (merged cells), the first property on the event's own row, blank lines, repeated event
 * names. Every decision the sheet did not state is recorded as an {@link ImportGuess}.
 */
final class SheetReader {
  private final String file;
  private final List<ImportGuess> guesses;
  private final Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
  private final Map<Integer, String> unknownColumns = new LinkedHashMap<>();
  final List<String> planComments = new ArrayList<>();
  final List<ImportedEvent> events = new ArrayList<>();
  private ImportedEvent current;

  private SheetReader(String file, List<ImportGuess> guesses) {
    this.file = file;
    this.guesses = guesses;
  }

  /** The events of the sheet, in sheet order; guesses are appended to {@code guesses}. */
  static SheetReader read(String file, List<CsvRow> rows, List<ImportGuess> guesses) throws SpreadsheetImportException {
    SheetReader reader = new SheetReader(file, guesses);
    int header = reader.header(rows);
    for (int i = header + 1; i < rows.size(); i++) {
      if (!rows.get(i).isBlank()) {
        reader.row(rows.get(i));
      }
    }
    return reader;
  }

  private int header(List<CsvRow> rows) throws SpreadsheetImportException {
    for (int i = 0; i < rows.size(); i++) {
      CsvRow row = rows.get(i);
      long known = row.cells().stream().filter(c -> SheetColumn.of(c).isPresent()).count();
      boolean names = row.cells().stream()
          .anyMatch(c -> SheetColumn.of(c).filter(k -> k == SheetColumn.NAME).isPresent());
      if (known >= 2 && names) {
        mapColumns(row);
        if (i > 0) {
          guess(row.line(), "the header is on line " + row.line() + "; the " + i + " row(s) above it were skipped");
        }
        return i;
      }
    }
    throw new SpreadsheetImportException(file + ":1:1: no header row found: one row must name the columns, with"
        + " at least Name (or Event) and one more, e.g. Name,Description,Properties,Property values,Data Type");
  }

  private void mapColumns(CsvRow row) {
    for (int i = 0; i < row.cells().size(); i++) {
      String header = row.cell(i).strip();
      Optional<SheetColumn> column = SheetColumn.of(header);
      if (column.isPresent() && (column.get() == SheetColumn.READY || !columns.containsValue(column.get()))) {
        columns.put(i, column.get());
      } else if (!header.isEmpty()) {
        unknownColumns.put(i, header);
        String why = column.isPresent() ? "a second " + column.get().header() + " column" : "not a column eventplan knows";
        planComments.add("import: column \"" + header + "\" (" + why + ") is kept as comments");
        guess(row.line(), "column \"" + header + "\" is " + why + "; its cells are kept as # import: comments");
      }
    }
  }

  private String cell(CsvRow row, SheetColumn column) {
    for (Map.Entry<Integer, SheetColumn> entry : columns.entrySet()) {
      if (entry.getValue() == column) {
        return row.cell(entry.getKey()).strip();
      }
    }
    return "";
  }

  private boolean hasColumn(SheetColumn column) {
    return columns.containsValue(column);
  }

  private void row(CsvRow row) {
    String rawName = cell(row, SheetColumn.NAME);
    String name = rawName.replaceAll("\\s+", " ");
    String property = cell(row, SheetColumn.PROPERTY);
    if (!name.isEmpty()) {
      current = event(name, row.line());
      if (!rawName.equals(name) && current.line == row.line()) {
        guess(row.line(), "event name \"" + rawName.replace("\n", "\\n") + "\" had extra spaces; read as \"" + name + "\"");
      }
    } else if (current == null) {
      planComments.add("import: line " + row.line() + " comes before any event and was dropped: "
          + String.join(" | ", row.cells().stream().filter(c -> !c.isBlank()).toList()));
      guess(row.line(), "a row before the first event was dropped (see the comment at the top of the plan)");
      return;
    }
    eventCells(row, !name.isEmpty(), property.isEmpty());
    List<String> notes = property.isEmpty() ? current.comments : new ArrayList<>();
    if (!property.isEmpty()) {
      notes = properties(row, property, name.isEmpty());
    } else if (!cell(row, SheetColumn.TYPE).isEmpty() || !cell(row, SheetColumn.VALUES).isEmpty()) {
      current.comments.add("import: line " + row.line() + " has a Data Type or Property values but no property name;"
          + " dropped: " + cell(row, SheetColumn.TYPE) + " " + cell(row, SheetColumn.VALUES).replace('\n', ' '));
      guess(row.line(), "Data Type / Property values without a property name were dropped");
    }
    for (Map.Entry<Integer, String> unknown : unknownColumns.entrySet()) {
      String value = row.cell(unknown.getKey()).strip();
      if (!value.isEmpty()) {
        notes.add("import: " + unknown.getValue() + " (line " + row.line() + "): " + value);
      }
    }
  }

  private ImportedEvent event(String name, int line) {
    if (current != null && current.name.equals(name)) {
      return current;
    }
    for (ImportedEvent event : events) {
      if (event.name.equals(name)) {
        guess(line, "event \"" + name + "\" appears again; its rows were merged into line " + event.line);
        return event;
      }
    }
    ImportedEvent event = new ImportedEvent(name, line);
    events.add(event);
    return event;
  }

  /** The event's own columns; on rows without a Name they only fill what is still empty. */
  private void eventCells(CsvRow row, boolean named, boolean noProperty) {
    String description = cell(row, SheetColumn.DESCRIPTION);
    if (named || (noProperty && !description.isEmpty())) {
      field("description", description, row.line());
    }
    String status = cell(row, SheetColumn.STATUS);
    if (!status.isEmpty()) {
      Optional<EventStatus> parsed = StatusSpellings.parse(status);
      if (parsed.isEmpty()) {
        current.comments.add("import: Status \"" + status + "\" (line " + row.line() + ") is not planned,"
            + " implemented or deprecated");
        guess(row.line(), "Status \"" + status + "\" is unknown; left out (the plan's default is planned)");
      } else {
        if (!StatusSpellings.isPlanSpelling(status)) {
          guess(row.line(), "Status \"" + status + "\" of \"" + current.name + "\" read as " + parsed.get().planName());
        }
        field("status", parsed.get().planName(), row.line());
      }
    }
    readiness(row);
    String conversion = cell(row, SheetColumn.CONVERSION);
    if (!conversion.isEmpty()) {
      Optional<Boolean> yesNo = CellValues.yesNo(conversion);
      if (yesNo.isPresent() && !conversion.equalsIgnoreCase(yesNo.get().toString())) {
        guess(row.line(), "Conversion \"" + conversion + "\" of \"" + current.name + "\" read as " + yesNo.get());
      }
      field("conversion", yesNo.<Object>map(b -> b).orElse(conversion), row.line());
    }
    field("location", cell(row, SheetColumn.LOCATION), row.line());
    field("code", cell(row, SheetColumn.CODE), row.line());
    if (noProperty) {
      String constraints = cell(row, SheetColumn.CONSTRAINTS);
      Map<String, Object> keys = Constraints.parse(constraints, row.line(), current.comments);
      keys.forEach((key, value) -> {
        if (key.equals("version")) {
          current.fields.put("version", value);
        } else {
          current.comments.add("import: Constraints key " + key + " (line " + row.line() + ") does not apply to an event");
        }
      });
    }
  }

  private void readiness(CsvRow row) {
    for (Map.Entry<Integer, SheetColumn> entry : columns.entrySet()) {
      String value = row.cell(entry.getKey()).strip();
      if (entry.getValue() == SheetColumn.READY && !value.isEmpty()) {
        Optional<Boolean> yes = CellValues.yesNo(value);
        current.readiness.add(row.line() + ": " + value);
        if (yes.isPresent()) {
          current.ready = current.ready == null ? yes.get() : current.ready || yes.get();
        }
      }
    }
  }

  private void field(String key, Object value, int line) {
    if (value instanceof String && ((String) value).isEmpty()) {
      return;
    }
    Object existing = current.fields.get(key);
    if (existing == null) {
      current.fields.put(key, value);
    } else if (!existing.equals(value)) {
      current.comments.add("import: another " + key + " on line " + line + ": " + value);
      guess(line, "\"" + current.name + "\" has a second " + key + "; the first is kept, this one is a comment");
    }
  }

  /** The properties named on a row: usually one; a cell listing several gets one entry each. */
  private List<String> properties(CsvRow row, String cell, boolean unnamedRow) {
    List<String> names = CellValues.split(cell).values();
    if (names.size() > 1) {
      guess(row.line(), "the Properties cell lists " + names.size() + " properties (" + String.join(", ", names)
          + "); each became a property without the row's type and values");
      List<String> notes = new ArrayList<>();
      for (String name : names) {
        notes = property(row, name, unnamedRow, false).comments;
      }
      return notes;
    }
    return property(row, names.get(0), unnamedRow, true).comments;
  }

  private ImportedProperty property(CsvRow row, String raw, boolean unnamedRow, boolean withCells) {
    String name = propertyName(raw, row.line());
    Optional<ImportedProperty> existing = current.property(name);
    ImportedProperty property = existing.orElseGet(() -> new ImportedProperty(name, row.line()));
    if (existing.isEmpty()) {
      current.properties.add(property);
    } else {
      guess(row.line(), "property \"" + name + "\" of \"" + current.name + "\" appears twice; merged into line "
          + property.line);
    }
    if (!withCells) {
      return property;
    }
    String description = hasColumn(SheetColumn.PROPERTY_DESCRIPTION) ? cell(row, SheetColumn.PROPERTY_DESCRIPTION)
        : unnamedRow ? cell(row, SheetColumn.DESCRIPTION) : "";
    put(property, "description", description);
    if (property.typeCell.isEmpty()) {
      property.typeCell = cell(row, SheetColumn.TYPE);
    }
    if (property.valuesCell.isEmpty()) {
      property.valuesCell = cell(row, SheetColumn.VALUES);
      property.valuesLine = row.line();
    }
    String required = cell(row, SheetColumn.REQUIRED);
    if (!required.isEmpty()) {
      Optional<Boolean> yes = CellValues.yesNo(required);
      if (yes.isEmpty()) {
        property.comments.add("import: Required \"" + required + "\" (line " + row.line() + ") is not yes or no");
      } else {
        put(property, "required", yes.get());
        if (!required.equalsIgnoreCase(yes.get().toString())) {
          guess(row.line(), "Required \"" + required + "\" of \"" + name + "\" read as " + yes.get());
        }
      }
    }
    Constraints.parse(cell(row, SheetColumn.CONSTRAINTS), row.line(), property.comments)
        .forEach((key, value) -> put(property, key, value));
    return property;
  }

  private static void put(ImportedProperty property, String key, Object value) {
    if (!(value instanceof String && ((String) value).isEmpty())) {
      property.spec.putIfAbsent(key, value);
    }
  }

  /** A human label ("Signup Method") becomes snake_case; names already in the plan's style stay as they are. */
  private String propertyName(String raw, int line) {
    String name = raw.strip();
    boolean label = name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isUpperCase(c) || c == '-');
    String snake = Identifiers.snake(name);
    if (label && !snake.isEmpty() && !snake.equals(name)) {
      guess(line, "property \"" + name + "\" renamed \"" + snake + "\" (properties are snake_case)");
      return snake;
    }
    return name;
  }

  private void guess(int line, String message) {
    guesses.add(new ImportGuess(file, line, message));
  }
}
