package io.eventplan.plan.syntax;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML text into a located {@link YamlNode} tree. It reports duplicate keys, anchors and
 * aliases (which also defuses "billion laughs" documents) and syntax errors as diagnostics instead
 * of throwing; the tree is absent only when the YAML could not be parsed at all.
 */
public final class YamlTreeReader {

  /** Deeper nesting than this is never a real plan; the limit keeps recursion bounded. */
  static final int MAX_DEPTH = 64;

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .loadSettings(
              LoadSettings.builder()
                  .setAllowDuplicateKeys(true) // reported by this reader, with both locations
                  .setCodePointLimit(SourceText.MAX_BYTES + 1)
                  .setMaxAliasesForCollections(10)
                  .build())
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
          .build();

  private final String file;
  private final String text;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private YamlTreeReader(String file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The tree (absent when unparseable) and every problem met while reading it. */
  public record Result(Optional<YamlNode> root, List<Diagnostic> diagnostics) {}

  public static Result read(String file, String text) {
    return new YamlTreeReader(file, text).read();
  }

  private Result read() {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        error(DiagnosticCode.FILE_EMPTY, Location.ofFile(file), "the file holds no YAML document.");
        return new Result(Optional.empty(), diagnostics);
      }
      YamlNode root = readNode((YAMLParser) parser, "the document", 0);
      if (parser.nextToken() != null) {
        error(
            DiagnosticCode.YAML_SYNTAX,
            here(parser),
            "only one YAML document is allowed; remove the second '---' and what follows it.");
      }
      return new Result(Optional.of(root), diagnostics);
    } catch (TooDeep e) {
      error(
          DiagnosticCode.YAML_SYNTAX,
          e.location,
          "the YAML is nested more than "
              + MAX_DEPTH
              + " levels deep; no tracking plan needs that. Flatten the structure.");
      return new Result(Optional.empty(), diagnostics);
    } catch (JacksonException e) {
      diagnostics.add(syntaxError(e));
      return new Result(Optional.empty(), diagnostics);
    }
  }

  private YamlNode readNode(YAMLParser parser, String context, int depth) {
    if (depth > MAX_DEPTH) {
      throw new TooDeep(here(parser));
    }
    checkAnchorAndAlias(parser);
    Location location = here(parser);
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMap(parser, context, depth, location);
      case START_ARRAY -> readSeq(parser, context, depth, location);
      case VALUE_STRING -> new YamlScalar(location, YamlScalar.Kind.STRING, parser.getString());
      case VALUE_NUMBER_INT -> new YamlScalar(location, YamlScalar.Kind.INTEGER, parser.getString());
      case VALUE_NUMBER_FLOAT -> new YamlScalar(location, YamlScalar.Kind.FLOAT, parser.getString());
      case VALUE_TRUE -> new YamlScalar(location, YamlScalar.Kind.BOOLEAN, "true");
      case VALUE_FALSE -> new YamlScalar(location, YamlScalar.Kind.BOOLEAN, "false");
      case VALUE_NULL -> new YamlScalar(location, YamlScalar.Kind.NULL, "");
      default -> new YamlScalar(location, YamlScalar.Kind.STRING, String.valueOf(parser.getString()));
    };
  }

  private YamlMap readMap(YAMLParser parser, String context, int depth, Location location) {
    List<YamlMap.Entry> entries = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      Location keyLocation = here(parser);
      parser.nextToken();
      YamlNode value = readNode(parser, "'" + key + "'", depth + 1);
      Location first = seen.putIfAbsent(key, keyLocation);
      if (first != null) {
        error(
            DiagnosticCode.DUPLICATE_KEY,
            keyLocation,
            "'"
                + key
                + "' is defined twice in "
                + context
                + " (first at line "
                + first.line()
                + "); remove or rename one of them.");
      } else {
        entries.add(new YamlMap.Entry(key, keyLocation, value));
      }
    }
    return new YamlMap(location, entries);
  }

  private YamlSeq readSeq(YAMLParser parser, String context, int depth, Location location) {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(readNode(parser, context, depth + 1));
    }
    return new YamlSeq(location, items);
  }

  private void checkAnchorAndAlias(YAMLParser parser) {
    if (parser.isCurrentAlias()) {
      error(
          DiagnosticCode.YAML_ALIAS,
          here(parser),
          "aliases ('*"
              + parser.getString()
              + "') are not supported in a tracking plan; write the value out in full.");
    } else if (parser.getObjectId() != null) {
      error(
          DiagnosticCode.YAML_ALIAS,
          here(parser),
          "anchors ('&"
              + parser.getObjectId()
              + "') are not supported in a tracking plan; remove the anchor and write values out"
              + " in full.");
    }
  }

  private Diagnostic syntaxError(JacksonException e) {
    MarkedYamlEngineException yaml = findYamlCause(e);
    Location at = yaml != null ? problemLocation(yaml).orElse(locationOf(e)) : locationOf(e);
    Optional<Location> tab = firstIndentingTab(at.line() + 1);
    if (tab.isPresent()) {
      return new Diagnostic(
          Severity.ERROR,
          DiagnosticCode.YAML_TAB,
          tab.get(),
          "a tab is used for indentation; YAML allows only spaces there. Replace the tab with"
              + " spaces.");
    }
    String detail =
        yaml != null && yaml.getProblem() != null
            ? firstLine(yaml.getProblem())
                + (yaml.getContext() != null ? " (" + firstLine(yaml.getContext()) + ")" : "")
            : firstLine(e.getOriginalMessage());
    return new Diagnostic(
        Severity.ERROR,
        DiagnosticCode.YAML_SYNTAX,
        at,
        "this is not valid YAML: "
            + detail
            + ". Check indentation, colons and quotes near this place.");
  }

  private static MarkedYamlEngineException findYamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException m) {
        return m;
      }
    }
    return null;
  }

  private Optional<Location> problemLocation(MarkedYamlEngineException e) {
    return e.getProblemMark()
        .or(e::getContextMark)
        .map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1));
  }

  private Location locationOf(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null || loc.getLineNr() < 1) {
      return Location.ofFile(file);
    }
    return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  /** The first line up to {@code lastLine} whose leading white space holds a tab. */
  private Optional<Location> firstIndentingTab(int lastLine) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < Math.min(lines.length, lastLine); i++) {
      String line = lines[i];
      for (int c = 0; c < line.length() && Character.isWhitespace(line.charAt(c)); c++) {
        if (line.charAt(c) == '\t' && !line.isBlank()) {
          return Optional.of(new Location(file, i + 1, c + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unexpected content";
    }
    String line = message.strip().split("\n", 2)[0].strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private Location here(JsonParser parser) {
    TokenStreamLocation loc = parser.currentTokenLocation();
    return new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  private void error(DiagnosticCode code, Location location, String message) {
    diagnostics.add(new Diagnostic(Severity.ERROR, code, location, message));
  }

  /** Raised when nesting exceeds {@link #MAX_DEPTH}; turned into a syntax diagnostic. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Location location;

    TooDeep(Location location) {
      super(null, null, false, false);
      this.location = location;
    }
  }
}
