package io.eventplan.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link BuildState} as JSON with sorted keys, so equal states are equal bytes. */
final class StateFile {
  private static final int FORMAT = 1;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER =
      MAPPER.writer().with(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private StateFile() {}

  /** The stored state; empty when there is none or it cannot be read (then everything is rebuilt). */
  static Optional<BuildState> read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root.path("format").asInt(0) != FORMAT) {
        return Optional.empty();
      }
      SortedMap<OutputRoot, String> roots = new TreeMap<>();
      for (Map.Entry<String, JsonNode> entry : root.path("roots").properties()) {
        roots.put(OutputRoot.valueOf(entry.getKey()), entry.getValue().asString());
      }
      SortedMap<OutputPath, String> outputs = new TreeMap<>();
      for (Map.Entry<String, JsonNode> entry : root.path("outputs").properties()) {
        outputs.put(OutputPath.parse(entry.getKey()), entry.getValue().asString());
      }
      return Optional.of(new BuildState(root.path("inputHash").asString(""),
          root.path("generatorVersion").asString(""), roots, outputs));
    } catch (JacksonException | IllegalArgumentException e) {
      // A damaged state only costs a full rebuild.
      return Optional.empty();
    }
  }

  /** Writes {@code state} atomically, unless the file already holds exactly these bytes. */
  static boolean write(Path file, BuildState state) throws IOException {
    return OutputFiles.writeIfChanged(file, toJson(state));
  }

  static byte[] toJson(BuildState state) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("generatorVersion", state.generatorVersion());
    root.put("inputHash", state.inputHash());
    ObjectNode outputs = root.putObject("outputs");
    // TreeMaps iterate in key order, and OutputPath orders like its text form within a root.
    state.outputs().forEach((path, hash) -> outputs.put(path.toString(), hash));
    ObjectNode roots = root.putObject("roots");
    state.roots().forEach((outputRoot, directory) -> roots.put(outputRoot.name(), directory));
    return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
