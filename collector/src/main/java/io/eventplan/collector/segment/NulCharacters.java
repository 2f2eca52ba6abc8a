package io.eventplan.collector.segment;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds U+0000 in a message. JSON allows it ({@code "\u0000"}), PostgreSQL's text and jsonb do not,
 * so a message holding one is refused with a clear violation instead of failing in the database.
 */
public final class NulCharacters {
  /** The violation message. */
  public static final String MESSAGE = "holds the character U+0000 (\\u0000), which PostgreSQL cannot store in "
      + "text; remove it";

  private NulCharacters() {}

  /** The JSON pointer of the first string or member name holding U+0000, if any. */
  public static Optional<String> find(JsonNode node) {
    return find(node, "");
  }

  private static Optional<String> find(JsonNode node, String path) {
    if (node.isString()) {
      return node.stringValue().indexOf('\0') >= 0 ? Optional.of(path) : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), path + "/" + i);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String memberPath = path + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        if (member.getKey().indexOf('\0') >= 0) {
          return Optional.of(memberPath.replace("\0", "\\u0000"));
        }
        Optional<String> found = find(member.getValue(), memberPath);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
