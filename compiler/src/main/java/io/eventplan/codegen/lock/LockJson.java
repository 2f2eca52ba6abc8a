package io.eventplan.codegen.lock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code tracking-plan.lock.json}. The text is deterministic: members in a fixed
 * order, 2-space indent, {@code "name": value}, '\n' line ends and a trailing newline; members that
 * hold their default (false, "", no constraint) are left out. Changeset SQL is stored as a list of
 * lines so that reviews show line diffs.
 */
public final class LockJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private LockJson() {}

  public static String write(LockFile lock) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", lock.format());
    root.put("generator", "eventplan");
    ArrayNode snapshots = root.putArray("snapshots");
    lock.snapshots().forEach(s -> writeSnapshot(snapshots.addObject(), s));
    ArrayNode changesets = root.putArray("changesets");
    for (Changeset c : lock.changesets()) {
      ObjectNode node = changesets.addObject();
      node.put("id", c.id());
      node.put("author", c.author());
      node.put("plan_version", c.planVersion());
      node.put("comment", c.comment());
      ArrayNode sql = node.putArray("sql");
      c.sqlLines().forEach(sql::add);
    }
    return MAPPER.writer().with(PRETTY).writeValueAsString(root) + "\n";
  }

  private static void writeSnapshot(ObjectNode node, PlanSnapshot snapshot) {
    node.put("plan_version", snapshot.planVersion());
    ArrayNode events = node.putArray("events");
    for (EventSnapshot e : snapshot.events()) {
      ObjectNode event = events.addObject();
      event.put("name", e.name());
      event.put("version", e.version());
      putFlag(event, "deprecated", e.deprecated());
      putText(event, "description", e.description());
      writeFields(event.putArray("properties"), e.properties());
    }
    writeSection(node.putObject("people"), snapshot.people());
    writeSection(node.putObject("companies"), snapshot.companies());
  }

  private static void writeSection(ObjectNode node, SectionSnapshot section) {
    putText(node, "description", section.description());
    writeFields(node.putArray("traits"), section.traits());
  }

  private static void writeFields(ArrayNode array, List<FieldSnapshot> fields) {
    fields.forEach(f -> writeField(array.addObject(), f));
  }

  private static void writeField(ObjectNode node, FieldSnapshot f) {
    node.put("name", f.name());
    node.put("type", f.type());
    putFlag(node, "required", f.required());
    putFlag(node, "deprecated", f.deprecated());
    putText(node, "description", f.description());
    if (!f.values().isEmpty()) {
      ArrayNode values = node.putArray("values");
      for (Object v : f.values()) {
        if (v instanceof BigDecimal d) {
          values.add(d);
        } else {
          values.add((String) v);
        }
      }
    }
    f.min().ifPresent(v -> node.put("min", v));
    f.max().ifPresent(v -> node.put("max", v));
    f.pattern().ifPresent(v -> node.put("pattern", v));
    f.minLength().ifPresent(v -> node.put("min_length", v));
    f.maxLength().ifPresent(v -> node.put("max_length", v));
    f.minItems().ifPresent(v -> node.put("min_items", v));
    f.maxItems().ifPresent(v -> node.put("max_items", v));
    f.items().ifPresent(items -> writeField(node.putObject("items"), items));
    if (!f.fields().isEmpty()) {
      writeFields(node.putArray("fields"), f.fields());
    }
  }

  private static void putFlag(ObjectNode node, String name, boolean value) {
    if (value) {
      node.put(name, true);
    }
  }

  private static void putText(ObjectNode node, String name, String value) {
    if (!value.isEmpty()) {
      node.put(name, value);
    }
  }

  /** Parses a lock file; {@code fileName} is used in error messages. */
  public static LockFile read(String fileName, String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new LockFileException(fileName + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    Reader reader = new Reader(fileName);
    if (root == null || !root.isObject()) {
      throw new LockFileException(fileName + ": the lock file must hold a JSON object");
    }
    int format = reader.integer(root, "format");
    if (format != LockFile.FORMAT) {
      throw new LockFileException(
          fileName + ": lock format " + format + " is not supported by this eventplan (it reads format "
              + LockFile.FORMAT + "); use the eventplan version that wrote it, or a newer one");
    }
    List<PlanSnapshot> snapshots = new ArrayList<>();
    for (JsonNode s : reader.array(root, "snapshots")) {
      snapshots.add(reader.snapshot(s));
    }
    List<Changeset> changesets = new ArrayList<>();
    for (JsonNode c : reader.array(root, "changesets")) {
      List<String> lines = new ArrayList<>();
      for (JsonNode line : reader.array(c, "sql")) {
        lines.add(reader.text(line, "sql"));
      }
      changesets.add(
          new Changeset(
              reader.string(c, "id"),
              reader.string(c, "author"),
              reader.integer(c, "plan_version"),
              reader.string(c, "comment"),
              String.join("\n", lines)));
    }
    return new LockFile(format, snapshots, changesets);
  }

  /** Typed access to members, with messages that say which member is wrong. */
  private record Reader(String fileName) {

    PlanSnapshot snapshot(JsonNode node) {
      List<EventSnapshot> events = new ArrayList<>();
      for (JsonNode e : array(node, "events")) {
        events.add(
            new EventSnapshot(
                string(e, "name"),
                integer(e, "version"),
                flag(e, "deprecated"),
                optionalString(e, "description"),
                fields(array(e, "properties"))));
      }
      return new PlanSnapshot(integer(node, "plan_version"), events, section(node, "people"), section(node, "companies"));
    }

    SectionSnapshot section(JsonNode parent, String name) {
      JsonNode node = member(parent, name);
      return new SectionSnapshot(optionalString(node, "description"), fields(array(node, "traits")));
    }

    List<FieldSnapshot> fields(JsonNode array) {
      List<FieldSnapshot> fields = new ArrayList<>();
      for (JsonNode f : array) {
        fields.add(field(f));
      }
      return fields;
    }

    FieldSnapshot field(JsonNode node) {
      FieldSnapshot.Builder b =
          new FieldSnapshot.Builder(
              string(node, "name"), string(node, "type"), flag(node, "required"), flag(node, "deprecated"),
              optionalString(node, "description"));
      if (node.has("values")) {
        List<Object> values = new ArrayList<>();
        for (JsonNode v : array(node, "values")) {
          values.add(v.isNumber() ? v.decimalValue() : text(v, "values"));
        }
        b.values = values;
      }
      b.min = optionalDecimal(node, "min");
      b.max = optionalDecimal(node, "max");
      b.pattern = node.has("pattern") ? Optional.of(string(node, "pattern")) : Optional.empty();
      b.minLength = optionalInteger(node, "min_length");
      b.maxLength = optionalInteger(node, "max_length");
      b.minItems = optionalInteger(node, "min_items");
      b.maxItems = optionalInteger(node, "max_items");
      b.items = node.has("items") ? Optional.of(field(member(node, "items"))) : Optional.empty();
      b.fields = node.has("fields") ? fields(array(node, "fields")) : List.of();
      return b.build();
    }

    JsonNode member(JsonNode parent, String name) {
      JsonNode node = parent.get(name);
      if (node == null || node.isNull()) {
        throw new LockFileException(fileName + ": member '" + name + "' is missing");
      }
      return node;
    }

    JsonNode array(JsonNode parent, String name) {
      JsonNode node = member(parent, name);
      if (!node.isArray()) {
        throw new LockFileException(fileName + ": member '" + name + "' must be a list");
      }
      return node;
    }

    String string(JsonNode parent, String name) {
      return text(member(parent, name), name);
    }

    String text(JsonNode node, String name) {
      if (!node.isString()) {
        throw new LockFileException(fileName + ": member '" + name + "' must be text");
      }
      return node.asString();
    }

    String optionalString(JsonNode parent, String name) {
      return parent.has(name) ? string(parent, name) : "";
    }

    boolean flag(JsonNode parent, String name) {
      JsonNode node = parent.get(name);
      if (node == null) {
        return false;
      }
      if (!node.isBoolean()) {
        throw new LockFileException(fileName + ": member '" + name + "' must be true or false");
      }
      return node.booleanValue();
    }

    int integer(JsonNode parent, String name) {
      JsonNode node = member(parent, name);
      if (!node.canConvertToInt() || !node.isIntegralNumber()) {
        throw new LockFileException(fileName + ": member '" + name + "' must be a whole number");
      }
      return node.intValue();
    }

    Optional<Integer> optionalInteger(JsonNode parent, String name) {
      return parent.has(name) ? Optional.of(integer(parent, name)) : Optional.empty();
    }

    Optional<BigDecimal> optionalDecimal(JsonNode parent, String name) {
      if (!parent.has(name)) {
        return Optional.empty();
      }
      JsonNode node = member(parent, name);
      if (!node.isNumber()) {
        throw new LockFileException(fileName + ": member '" + name + "' must be a number");
      }
      return Optional.of(node.decimalValue());
    }
  }
}
