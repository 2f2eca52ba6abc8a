package io.eventplan.collector.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * One {@link RunningCollector} shared by the tests of a class, registered with
 * {@code @RegisterExtension static final SharedCollector collector = new SharedCollector();}: started before the
 * first test, its warehouse emptied before each test, closed after the last. The calls tests make most are here;
 * {@link #running()} gives the rest.
 */
public final class SharedCollector implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private RunningCollector running;

  @Override
  public void beforeAll(ExtensionContext context) {
    running = RunningCollector.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    running().sql().clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  /** The collector of the running test class. */
  public RunningCollector running() {
    if (running == null) {
      throw new IllegalStateException("the shared collector runs only while its test class does:"
          + " register it with @RegisterExtension on a static field");
    }
    return running;
  }

  public Sql sql() {
    return running().sql();
  }

  /** POST with JSON, authenticated with the test write key. */
  public HttpResponse<String> post(String path, String json) {
    return running().post(path, json);
  }

  public HttpRequest.Builder request(String path) {
    return running().request(path);
  }

  public HttpResponse<String> get(String path) {
    return running().get(path);
  }

  public HttpResponse<String> send(HttpRequest request) {
    return running().send(request);
  }

  public JsonNode json(HttpResponse<String> response) {
    return running().json(response);
  }
}
