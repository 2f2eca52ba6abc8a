package io.eventplan.codegen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of generated files and of everything a compilation depends on. */
final class ContentHash {
  private static final String FORMAT = "eventplan-codegen/1";

  private ContentHash() {}

  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /**
   * The fingerprint of a compilation's inputs: the plan's bytes, every setting that can change an
   * output, and the generator's version. Equal fingerprints mean equal outputs.
   */
  static String ofInputs(CodegenRequest request, byte[] planBytes, byte[] lockBytes) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    field(text, "generator", request.generatorVersion());
    field(text, "plan-file", request.emitContext().planFileName());
    field(text, "plan-display-name", request.planDisplayName());
    field(text, "java-package", request.javaPackage());
    field(text, "strict", Boolean.toString(request.strict()));
    for (String id : request.emitterIds()) {
      field(text, "emitter", id);
    }
    field(text, "plan-sha256", of(planBytes));
    field(text, "warehouse", Boolean.toString(request.warehouse()));
    field(text, "lock-sha256", of(lockBytes));
    field(text, "warehouse-server", request.warehouseAddress().server());
    field(text, "warehouse-database", request.warehouseAddress().database());
    return of(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  // Length-prefixed, so that no value can imitate another field.
  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
