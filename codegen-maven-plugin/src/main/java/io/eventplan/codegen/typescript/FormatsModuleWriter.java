package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;

/**
 * Writes {@code tracking-formats.js}, the development-only module of exact format checks that the dev-mode check
 * takes as {@code init({dev: {onViolation, formats}})}: the same verdicts as the generated Java validators, and
 * too large for the production snippet's size budget (it holds the list of top-level domains).
 */
final class FormatsModuleWriter {

  private FormatsModuleWriter() {}

  static String module(EmitContext context) {
    return "// " + Headers.text(context) + "\n"
        + "// The format checks of the snippet's dev-mode check; the same for every plan.\n\n"
        + "/** The top-level domains an e-mail address may end with (those of networknt's e-mail check). */\n"
        + "const TOP_LEVEL_DOMAINS = new Set((\n"
        + RuntimeSource.topLevelDomains().lines().map(line -> "  \"" + line + " \"").reduce((a, b) -> a + " +\n" + b)
            .orElseThrow()
        + "\n).trim().split(\" \"));\n\n"
        + RuntimeSource.formats();
  }

  static String declarations(EmitContext context) {
    return "// " + Headers.text(context) + "\n\n"
        + "import type { FormatChecks } from \"./tracking.js\";\n\n"
        + "/**\n"
        + " * The exact format checks of the dev-mode check (date-time, date, uuid, uri, email), with the verdicts of the\n"
        + " * generated Java validators: `init({ dev: { onViolation, formats } })`. Development only.\n"
        + " */\n"
        + "export declare const formats: FormatChecks;\n";
  }
}
