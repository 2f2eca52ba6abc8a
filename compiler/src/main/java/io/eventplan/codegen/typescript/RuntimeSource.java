package io.eventplan.codegen.typescript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plan-independent parts of the snippet, kept as readable JavaScript and TypeScript resources. */
final class RuntimeSource {

  private static final String JAVASCRIPT = read("runtime.js");
  private static final String DECLARATIONS = read("runtime.d.ts");
  private static final String ANALYTICS_NEXT_JAVASCRIPT = read("analytics-next.js");
  private static final String ANALYTICS_NEXT_DECLARATIONS = read("analytics-next.d.ts");

  private RuntimeSource() {}

  /**
   * The runtime of {@code tracking.js}: for the snippet queue, delivery, envelope and the dev-mode checker;
   * over analytics-next the calls handed to the instance.
   */
  static String javascript(TypeScriptTarget target) {
    return target == TypeScriptTarget.SNIPPET ? JAVASCRIPT : ANALYTICS_NEXT_JAVASCRIPT;
  }

  /**
   * The fixed API of {@code tracking.d.ts}: for the snippet init, flush, reset, the options and
   * violations; over analytics-next setAnalytics and the shape of the instance.
   */
  static String declarations(TypeScriptTarget target) {
    return target == TypeScriptTarget.SNIPPET ? DECLARATIONS : ANALYTICS_NEXT_DECLARATIONS;
  }

  private static String read(String name) {
    try (InputStream in = RuntimeSource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + RuntimeSource.class.getName());
      }
      // '\n' whatever the checkout did to line ends, so the output is the same on every machine
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
