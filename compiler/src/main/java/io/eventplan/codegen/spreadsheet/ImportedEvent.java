package io.eventplan.codegen.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An event as the import builds it: its keys in plan order, its properties and notes. */
final class ImportedEvent {
  final String name;
  final int line;
  /** description, status, conversion, location, code, version (only those the sheet gave). */
  final Map<String, Object> fields = new LinkedHashMap<>();
  final List<ImportedProperty> properties = new ArrayList<>();
  final List<String> comments = new ArrayList<>();
  /** Cells of the Ready?/Installed?/Tested? columns, as {@code header=value}, read when there is no Status. */
  final List<String> readiness = new ArrayList<>();
  /** Whether Ready?-style cells said yes (true), no (false), or nothing. */
  Boolean ready;

  ImportedEvent(String name, int line) {
    this.name = name;
    this.line = line;
  }

  Optional<ImportedProperty> property(String propertyName) {
    return properties.stream().filter(p -> p.name.equals(propertyName)).findFirst();
  }
}
