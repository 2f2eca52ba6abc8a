package io.eventplan.codegen.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of Segment's tracking-plan template that eventplan understands, with the header
 * spellings teams use for them; headers match ignoring case, spaces, punctuation and a trailing '?'.
 */
enum SheetColumn {
  NAME("Name", "name", "event", "eventname", "events", "event name"),
  DESCRIPTION("Description", "description", "eventdescription", "definition", "whentotrigger", "trigger"),
  PROPERTY("Properties", "properties", "property", "propertyname", "propertynames", "eventproperties",
      "eventproperty", "properties name"),
  PROPERTY_DESCRIPTION("Property Description", "propertydescription", "propertydescriptions",
      "propertydefinition"),
  VALUES("Property values", "propertyvalues", "values", "propertyvalue", "allowedvalues",
      "examplevalues", "possiblevalues", "value"),
  TYPE("Data Type", "datatype", "type", "propertytype", "valuetype", "datatypes"),
  REQUIRED("Required", "required", "isrequired", "mandatory"),
  CONSTRAINTS("Constraints", "constraints", "eventplan"),
  CONVERSION("Conversion", "conversion", "isconversion", "conversionevent"),
  LOCATION("Location", "location", "wheretracked", "where", "platform", "source", "screen", "page"),
  STATUS("Status", "status", "implementationstatus"),
  READY("Ready?", "ready", "installed", "tested", "implemented", "done", "live"),
  CODE("Code", "code", "trackingsnippet", "snippet", "trackingcode", "samplecode", "codesnippet");

  private final String header;
  private final List<String> keys;

  SheetColumn(String header, String... keys) {
    this.header = header;
    this.keys = List.of(keys);
  }

  /** The header eventplan writes. */
  String header() {
    return header;
  }

  /** The column a header names, if any. */
  static Optional<SheetColumn> of(String header) {
    String key = key(header);
    for (SheetColumn column : values()) {
      if (column.keys.stream().map(SheetColumn::key).anyMatch(key::equals)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Lower case letters and digits only: "Ready?" and " ready " and "READY" are all "ready". */
  static String key(String header) {
    StringBuilder out = new StringBuilder();
    header.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
