package io.eventplan.collector.demo;

import java.nio.file.Path;

/**
 * The demo login page, served by the collector so that page and API share one origin.
 *
 * @param directory the built page (index.html, login.js, login.css), served at /
 * @param users the accounts POST /demo/login accepts
 * @param writeKey the write key the page sends its events with (GET /demo/config.json)
 */
public record DemoSite(Path directory, DemoUsers users, String writeKey) {}
