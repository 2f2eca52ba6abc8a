package io.eventplan.collector.api;

import io.eventplan.collector.ingest.Replay;
import io.eventplan.collector.ingest.ReplayResult;
import io.eventplan.collector.report.ReportAccess;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /admin/replay} ({@code ?dry_run=true} to only count): refused messages the collector's plan now
 * accepts move into the warehouse ({@link Replay}). Needs an admin key ({@code EVENTPLAN_ADMIN_KEYS}, HTTP Basic
 * password); replays run one at a time.
 */
public final class ReplayRoutes {
  private final ReportAccess access;
  private final Replay replay;
  private final Responses responses;

  public ReplayRoutes(Collection<String> adminKeys, Replay replay, Responses responses) {
    this.access = new ReportAccess(adminKeys,
        "replay needs an admin key (EVENTPLAN_ADMIN_KEYS): HTTP Basic with any user name and the key as the password");
    this.replay = replay;
    this.responses = responses;
  }

  public void before(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    access.check(ctx);
  }

  /** {@code {"dry_run", "plan_version", "examined", "moved", "still_refused", "reasons_updated", "kept"}}. */
  public void replay(Context ctx) throws SQLException {
    String dryRun = ctx.queryParam("dry_run");
    if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
      throw new ApiException(ErrorCode.INVALID_QUERY, "dry_run must be true or false, not '" + dryRun + "'");
    }
    ReplayResult result;
    synchronized (replay) {
      result = replay.run("true".equals(dryRun));
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode()
        .put("dry_run", result.dryRun()).put("plan_version", result.planVersion()).put("examined", result.examined())
        .put("moved", result.moved()).put("still_refused", result.stillRefused())
        .put("reasons_updated", result.reasonsUpdated()).put("kept", result.kept()).put("summary", result.summary());
    responses.json(ctx, 200, body);
  }

  public static List<String> paths() {
    return List.of("/admin/replay");
  }
}
