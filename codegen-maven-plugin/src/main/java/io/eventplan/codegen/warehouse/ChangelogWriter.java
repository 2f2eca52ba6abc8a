package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.lock.Changeset;
import io.eventplan.codegen.lock.LockFile;
import java.util.List;

/**
 * Writes the Liquibase formatted-SQL changelog: a header with the fixed logicalFilePath, so the
 * changelog's identity does not depend on where it is read from, then every changeset in ledger order.
 */
final class ChangelogWriter {
  private ChangelogWriter() {}

  static String write(EmitContext context, List<Changeset> changesets) {
    StringBuilder out = new StringBuilder();
    out.append("--liquibase formatted sql logicalFilePath:").append(WarehouseGeneration.CHANGELOG_PATH).append('\n');
    out.append('\n');
    out.append("-- ").append(Headers.text(context)).append('\n');
    out.append("-- PostgreSQL 17. Every changeset is recorded in ").append(LockFile.FILE_NAME)
        .append(" and never changes; see docs/warehouse.md.\n");
    for (Changeset c : changesets) {
      out.append('\n');
      out.append("--changeset ").append(c.author()).append(':').append(c.id()).append('\n');
      out.append("--comment: ").append(c.comment()).append('\n');
      out.append(c.sql()).append('\n');
    }
    return out.toString();
  }
}
