package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Headers;
import io.eventplan.codegen.lock.Changeset;
import io.eventplan.codegen.lock.LockFile;
import java.util.List;

/**
 * Writes the Liquibase formatted-SQL changelog: a header with the fixed logicalFilePath, so the
 * changelog's identity does not depend on where it is read from, then every changeset in ledger order,
 * then the core changesets ({@link CoreChangesets}: the same for every plan, never changed), then the
 * reporting changesets, which are not in the ledger and run again whenever they change.
 */
final class ChangelogWriter {
  private ChangelogWriter() {}

  /**
   * How the first core changeset starts: everything before it is the ledger's, append-only. No
   * comment line may separate the two parts, since Liquibase counts it in the checksum of the ledger's
   * last changeset, which would then change when a new one is appended after it.
   */
  static final String LEDGER_END = "--changeset " + Changeset.AUTHOR + ":" + CoreChangesets.PREFIX;

  static String write(EmitContext context, List<Changeset> changesets, List<CoreChangesets.CoreChangeset> core,
      List<ReportChangeset> reporting) {
    StringBuilder out = new StringBuilder();
    out.append("--liquibase formatted sql logicalFilePath:").append(WarehouseGeneration.CHANGELOG_PATH).append('\n');
    out.append('\n');
    out.append("-- ").append(Headers.text(context)).append('\n');
    out.append("-- PostgreSQL 17. Every changeset is recorded in ").append(LockFile.FILE_NAME)
        .append(" and never changes; see docs/warehouse.md.\n");
    out.append("-- Except the last ones: core-*, the same for every plan and never changed (docs/warehouse.md), and\n");
    out.append("-- reporting-*, the report views (docs/reports.md), re-run whenever they change.\n");
    for (Changeset c : changesets) {
      out.append('\n');
      out.append("--changeset ").append(c.author()).append(':').append(c.id()).append('\n');
      out.append("--comment: ").append(c.comment()).append('\n');
      out.append(c.sql()).append('\n');
    }
    for (CoreChangesets.CoreChangeset c : core) {
      out.append('\n');
      out.append("--changeset ").append(Changeset.AUTHOR).append(':').append(c.id()).append('\n');
      out.append("--comment: ").append(c.comment()).append('\n');
      out.append(c.sql()).append('\n');
    }
    for (ReportChangeset c : reporting) {
      out.append('\n');
      out.append("--changeset ").append(Changeset.AUTHOR).append(':').append(c.id())
          .append(" runOnChange:true splitStatements:false stripComments:false\n");
      out.append("--comment: ").append(c.comment().replaceAll("\\p{Cntrl}", " ")).append('\n');
      out.append(c.sql()).append('\n');
    }
    return out.toString();
  }
}
