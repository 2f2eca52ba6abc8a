package io.eventplan.codegen.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A property as the import builds it from one or more rows: its name, its spec keys in plan order, and notes. */
final class ImportedProperty {
  final String name;
  final int line;
  /** The spec as it will be written: type, items, properties, values, required, description, others. */
  final Map<String, Object> spec = new LinkedHashMap<>();
  /** Raw cells kept until the type is known. */
  String typeCell = "";
  String valuesCell = "";
  int valuesLine;
  final List<String> comments = new ArrayList<>();

  ImportedProperty(String name, int line) {
    this.name = name;
    this.line = line;
  }
}
