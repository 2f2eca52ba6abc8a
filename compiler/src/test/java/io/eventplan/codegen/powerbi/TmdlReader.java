package io.eventplan.codegen.powerbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of the TMDL the generator writes, independent of the generator's own code: tables
 * with their columns (data type, source column, format, description) and partitions (mode and M
 * source), and the model's expressions. Indentation is by tabs; names may be quoted with {@code '}
 * ({@code ''} inside) and text values with {@code "} ({@code ""} inside). Public: the
 * generated-examples tests read the root plan's model with it.
 */
public final class TmdlReader {

  /** A model: its tables by name and its expressions (parameters) by name, in file order. */
  public record Model(Map<String, Table> tables, Map<String, String> expressions) {}

  public record Table(String name, String description, List<Column> columns, List<Partition> partitions) {
    public Column column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("table " + this.name + " has no column " + name));
    }
  }

  public record Column(String name, String description, Map<String, String> properties) {
    public String dataType() {
      return properties.get("dataType");
    }

    public String sourceColumn() {
      return properties.get("sourceColumn");
    }
  }

  public record Partition(String name, String kind, String mode, String source) {}

  private TmdlReader() {}

  /** Reads every {@code .tmdl} file of a {@code definition/} folder, given as path -> content. */
  public static Model read(Map<String, String> files) {
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> expressions = new LinkedHashMap<>();
    files.forEach((path, content) -> {
      if (path.endsWith(".tmdl")) {
        readFile(path, content, tables, expressions);
      }
    });
    return new Model(tables, expressions);
  }

  private static void readFile(String path, String content, Map<String, Table> tables,
      Map<String, String> expressions) {
    List<String> lines = List.of(content.split("\n", -1));
    List<String> description = new ArrayList<>();
    Table table = null;
    Column column = null;
    Partition partition = null;
    StringBuilder source = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.contains("\r")) {
        throw new AssertionError(path + ":" + (i + 1) + ": carriage return");
      }
      int indent = indentOf(raw);
      String line = raw.substring(indent);
      if (source != null) {
        if (line.isEmpty() || indent >= 4) { // the M expression, indented below "source ="
          source.append(line.isEmpty() ? "" : raw.substring(4)).append('\n');
          continue;
        }
        table.partitions().add(new Partition(partition.name(), partition.kind(), partition.mode(),
            source.toString().strip()));
        source = null;
        partition = null;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("///")) {
        description.add(line.substring(3).strip());
        continue;
      }
      String text = String.join("\n", description);
      description.clear();
      if (indent == 0 && line.startsWith("table ")) {
        table = new Table(name(line.substring(6), path, i), text, new ArrayList<>(), new ArrayList<>());
        tables.put(table.name(), table);
        column = null;
      } else if (indent == 0 && line.startsWith("expression ")) {
        String[] declaration = splitAssignment(line.substring(11), path, i);
        expressions.put(name(declaration[0], path, i), declaration[1]);
      } else if (indent == 1 && table != null && line.startsWith("column ")) {
        column = new Column(name(line.substring(7), path, i), text, new LinkedHashMap<>());
        table.columns().add(column);
      } else if (indent == 1 && table != null && line.startsWith("partition ")) {
        String[] declaration = splitAssignment(line.substring(10), path, i);
        partition = new Partition(name(declaration[0], path, i), declaration[1], null, null);
        column = null;
      } else if (indent == 2 && partition != null && line.startsWith("mode:")) {
        partition = new Partition(partition.name(), partition.kind(), line.substring(5).strip(), null);
      } else if (indent == 2 && partition != null && line.equals("source =")) {
        source = new StringBuilder();
      } else if (indent == 2 && column != null && line.contains(":") && !line.startsWith("annotation ")) {
        int colon = line.indexOf(':');
        column.properties().put(line.substring(0, colon), value(line.substring(colon + 1).strip()));
      }
    }
    if (source != null) {
      table.partitions().add(new Partition(partition.name(), partition.kind(), partition.mode(),
          source.toString().strip()));
    }
  }

  private static int indentOf(String line) {
    int tabs = 0;
    while (tabs < line.length() && line.charAt(tabs) == '\t') {
      tabs++;
    }
    return tabs;
  }

  /** {@code name = value}, where the name may be quoted and contain '='. */
  private static String[] splitAssignment(String text, String path, int line) {
    int end = text.startsWith("'") ? quotedEnd(text, '\'', path, line) : 0;
    int equals = text.indexOf(" = ", end);
    if (equals < 0) {
      throw new AssertionError(path + ":" + (line + 1) + ": expected 'name = value' in " + text);
    }
    return new String[] {text.substring(0, equals), text.substring(equals + 3)};
  }

  /** An object name: plain, or in single quotes with '' for a quote. */
  static String name(String text, String path, int line) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("'")) {
      if (!trimmed.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new AssertionError(path + ":" + (line + 1) + ": name must be quoted: " + trimmed);
      }
      return trimmed;
    }
    int end = quotedEnd(trimmed, '\'', path, line);
    if (end != trimmed.length()) {
      throw new AssertionError(path + ":" + (line + 1) + ": text after the quoted name: " + trimmed);
    }
    return trimmed.substring(1, end - 1).replace("''", "'");
  }

  /** A property value: plain, or in double quotes with "" for a quote. */
  static String value(String text) {
    if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
      return text.substring(1, text.length() - 1).replace("\"\"", "\"");
    }
    return text;
  }

  /** The index just after the closing quote of a quoted token starting at 0. */
  private static int quotedEnd(String text, char quote, String path, int line) {
    int i = 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw new AssertionError(path + ":" + (line + 1) + ": unclosed quote in " + text);
  }
}
