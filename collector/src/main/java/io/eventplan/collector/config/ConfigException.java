package io.eventplan.collector.config;

import java.util.List;

/** The configuration is wrong; the message lists every problem, one a line. */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super("The collector's configuration is wrong:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
