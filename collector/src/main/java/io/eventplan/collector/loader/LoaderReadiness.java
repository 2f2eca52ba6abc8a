package io.eventplan.collector.loader;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.health.Readiness;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Part of a loader's /health/ready: its {@link Loader} still reads ("loader": "reading" or "stopped"). */
final class LoaderReadiness implements Readiness {
  private final Loader loader;

  LoaderReadiness(Loader loader) {
    this.loader = loader;
  }

  @Override
  public boolean ready() {
    return loader.reading();
  }

  @Override
  public void describe(ObjectNode checks) {
    checks.put("loader", loader.reading() ? "reading" : "stopped");
  }

  @Override
  public Optional<ApiException> refusal() {
    return loader.reading() ? Optional.empty() : Optional.of(new ApiException(ErrorCode.NOT_READY,
        "the loader stopped reading from Kafka; its log says why, and a restart of the process resumes it"));
  }
}
