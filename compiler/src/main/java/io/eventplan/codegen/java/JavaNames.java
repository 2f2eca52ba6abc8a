package io.eventplan.codegen.java;

import com.palantir.javapoet.NameAllocator;
import io.eventplan.plan.naming.Identifiers;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns plan names (free text, keywords, Unicode) into Java identifiers and JSON Pointer segments. */
final class JavaNames {

  /**
   * Simple names the generated files use unqualified; a generated type must not hide them. The support
   * types come first so that an event called {@code Violation} becomes {@code Violation_}.
   */
  static final List<String> RESERVED_TYPE_NAMES =
      List.of(
          "Violation", "ValidationResult", "EventValidator", "EventRegistry", "Formats", "ValidatorSupport",
          "EventPlan", "PlanTables", "EventTable", "TraitsTable", "Column", "ColumnType", "EventStatus",
          "Object", "String", "Long", "Double", "Boolean", "Integer", "Character", "Math", "Override",
          "Deprecated", "SuppressWarnings", "Enum", "Record", "Iterable", "Exception", "RuntimeException",
          "IllegalArgumentException", "IllegalStateException", "NullPointerException", "Class", "System",
          "Instant", "LocalDate", "Month", "Year", "UUID", "URI", "URISyntaxException", "IDN", "List",
          "ArrayList", "Arrays", "Map", "LinkedHashMap", "HashSet", "Set", "Collection", "Collections",
          "Objects", "Optional", "Locale", "Pattern", "Matcher", "JsonParser", "JsonToken", "JsonFactory",
          "JacksonException", "ObjectReadContext");

  /** Component names a record may not declare (JLS 8.10.1), and names the generated code uses as locals. */
  static final Set<String> RESERVED_MEMBER_NAMES =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "var", "yield",
          "record", "sealed", "permits");

  private JavaNames() {}

  /** {@code Logged In} -> {@code LoggedIn}; {@code fallback} when the name has no letter or digit. */
  static String typeCandidate(String planName, String fallback) {
    String pascal = Identifiers.pascal(normalize(planName));
    return pascal.isEmpty() ? fallback : pascal;
  }

  /** {@code user_id} -> {@code userId}; {@code fallback} when the name has no letter or digit. */
  static String memberCandidate(String planName, String fallback) {
    String camel = Identifiers.camel(normalize(planName));
    return camel.isEmpty() ? fallback : camel;
  }

  /** {@code magic_link} -> {@code MAGIC_LINK}; {@code VALUE} when the value has no letter or digit. */
  static String constantCandidate(String wireValue) {
    String snake = Identifiers.snake(normalize(wireValue)).toUpperCase(Locale.ROOT);
    return snake.isEmpty() ? "VALUE" : snake;
  }

  /** A new allocator for the members of one type, with the names a record component may not take. */
  static NameAllocator memberAllocator() {
    NameAllocator allocator = new NameAllocator();
    RESERVED_MEMBER_NAMES.stream().sorted().forEach(allocator::newName);
    return allocator;
  }

  /** The JSON Pointer segment of a member name, {@code /} included: {@code a/b} -> {@code /a~1b}. */
  static String pointerSegment(String memberName) {
    return "/" + memberName.replace("~", "~0").replace("/", "~1");
  }

  /** NFC, so that an accented letter is one letter and not a letter and a combining mark. */
  private static String normalize(String planName) {
    return Normalizer.normalize(planName, Normalizer.Form.NFC);
  }
}
