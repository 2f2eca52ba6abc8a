package io.eventplan.plan.syntax;

import io.eventplan.plan.Location;
import java.util.List;
import java.util.Optional;

/** A YAML mapping with its entries in file order; duplicate keys were reported and dropped by the reader. */
public record YamlMap(Location location, List<Entry> entries) implements YamlNode {

  /** One {@code key: value} pair, with the key's own location. */
  public record Entry(String key, Location keyLocation, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
