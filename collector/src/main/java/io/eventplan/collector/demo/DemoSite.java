package io.eventplan.collector.demo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The demo login page, served by the collector so that page and API share one origin.
 *
 * @param directory the built page (index.html, login.js, login.css), served at /
 * @param users the accounts POST /demo/login accepts
 * @param writeKey the write key the page sends its events with (GET /demo/config.json)
 * @param eventsEndpoint the base URL of the collector the page sends its events to (GET /demo/config.json);
 *     empty: this one, the page's own origin
 */
public record DemoSite(Path directory, DemoUsers users, String writeKey, Optional<String> eventsEndpoint) {

  /** A demo page that sends its events to the collector that serves it. */
  public DemoSite(Path directory, DemoUsers users, String writeKey) {
    this(directory, users, writeKey, Optional.empty());
  }
}
