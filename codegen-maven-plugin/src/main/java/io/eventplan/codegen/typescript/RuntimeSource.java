package io.eventplan.codegen.typescript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plan-independent parts of the snippet, kept as readable JavaScript and TypeScript resources. */
final class RuntimeSource {

  private static final String JAVASCRIPT = read("runtime.js");
  private static final String DECLARATIONS = read("runtime.d.ts");
  /** The exports, then the checks of dates and times, of URIs and of e-mail addresses, each kept in its own file. */
  private static final String FORMATS =
      read("formats.js") + read("formats-dates.js") + read("formats-uri.js") + read("formats-email.js");
  private static final String TOP_LEVEL_DOMAINS = read("top-level-domains.txt");

  private RuntimeSource() {}

  /** The runtime of {@code tracking.js}: queue, delivery, envelope and the dev-mode checker. */
  static String javascript() {
    return JAVASCRIPT;
  }

  /** The fixed API of {@code tracking.d.ts}: init, flush, reset, the options and violations. */
  static String declarations() {
    return DECLARATIONS;
  }

  /** The body of {@code tracking-formats.js}: the exact format checks of the dev-mode check. */
  static String formats() {
    return FORMATS;
  }

  /** The top-level domains of networknt's e-mail check, separated by spaces and line ends. */
  static String topLevelDomains() {
    return TOP_LEVEL_DOMAINS;
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
