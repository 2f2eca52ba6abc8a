package io.eventplan.codegen.typescript;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.pattern.TypePatterns;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code tracking-formats.js}, the development-only module of format checks that the dev-mode check takes as
 * {@code init({dev: {onViolation, formats}})}: each format is the pattern the JSON Schemas and the Java validators
 * use (docs/event-envelope.md), kept out of the production snippet for its size.
 */
final class FormatsModuleWriter {
  /** The snippet's format names (the {@code format} of its rules) and the plan types they check. */
  private static final Map<String, TypeKind> FORMATS = formats();

  private FormatsModuleWriter() {}

  static String module(EmitContext context) {
    StringBuilder out = new StringBuilder("// ").append(Headers.text(context)).append('\n')
        .append("// The format checks of the snippet's dev-mode check: the patterns of docs/event-envelope.md, the same\n")
        .append("// for every plan, as in the JSON Schemas and the Java validators (plain ES2019 with the u flag).\n\n")
        .append("export const formats = {\n");
    FORMATS.forEach((name, kind) -> out.append("  ").append(JsText.objectKey(name)).append(": (text) => new RegExp(")
        .append(JsText.string(PlanPattern.of(TypePatterns.of(kind).orElseThrow()).ecma())).append(", \"u\").test(text),\n"));
    return out.append("};\n").toString();
  }

  static String declarations(EmitContext context) {
    return "// " + Headers.text(context) + "\n\n"
        + "import type { FormatChecks } from \"./tracking.js\";\n\n"
        + "/**\n"
        + " * The format checks of the dev-mode check (date-time, date, uuid, uri, email), with the verdicts of the\n"
        + " * generated Java validators: `init({ dev: { onViolation, formats } })`. Development only.\n"
        + " */\n"
        + "export declare const formats: FormatChecks;\n";
  }

  private static Map<String, TypeKind> formats() {
    Map<String, TypeKind> formats = new LinkedHashMap<>();
    formats.put("date-time", TypeKind.TIMESTAMP);
    formats.put("date", TypeKind.DATE);
    formats.put("uuid", TypeKind.UUID);
    formats.put("uri", TypeKind.URL);
    formats.put("email", TypeKind.EMAIL);
    return formats;
  }
}
