package io.eventplan.codegen.typescript;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the generated {@code track<Event>} functions send through: the snippet's own transport, or an
 * analytics-next instance the page already has (for teams coming from Segment's Typewriter).
 */
public enum TypeScriptTarget {
  /** {@code tracking.js} queues, batches and delivers by itself (docs/typescript-snippet.md). */
  SNIPPET("snippet"),
  /** {@code tracking.js} calls {@code analytics.track(...)} of a given {@code @segment/analytics-next} instance. */
  ANALYTICS_NEXT("analytics-next");

  private final String id;

  TypeScriptTarget(String id) {
    this.id = id;
  }

  /** How the plugin's {@code typescriptTarget} parameter names it. */
  public String id() {
    return id;
  }

  /** The target named {@code id}; an unknown name is refused with the names there are. */
  public static TypeScriptTarget of(String id) {
    for (TypeScriptTarget target : values()) {
      if (target.id.equals(id)) {
        return target;
      }
    }
    throw new IllegalArgumentException("typescriptTarget '" + id + "' is not one of "
        + Arrays.stream(values()).map(TypeScriptTarget::id).collect(Collectors.joining(", "))
        + " (see docs/typescript-snippet.md)");
  }
}
