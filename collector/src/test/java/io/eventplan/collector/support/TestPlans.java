package io.eventplan.collector.support;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;

/** The plans tests run against. */
public final class TestPlans {
  /** The root plan plus a page event and an event with every type and keyword names. */
  public static final String TEST_PLAN = "test-plan/tracking-plan.yaml";
  /** The warehouse changelog generated from {@link #TEST_PLAN} (goal generate-test). */
  public static final String TEST_CHANGELOG = "eventplan/db/changelog.sql";

  private TestPlans() {}

  /**
   * A class loader that sees only the test class path entry holding {@link #TEST_CHANGELOG}: the
   * collector's own changelog has the same path in target/classes, and Liquibase refuses a
   * changelog path found twice.
   */
  public static ClassLoader testChangelogLoader() {
    URL changelog = TestPlans.class.getClassLoader().getResource(TEST_CHANGELOG);
    if (changelog == null) {
      throw new IllegalStateException(TEST_CHANGELOG + " is not on the test class path");
    }
    String url = changelog.toString();
    try {
      URL root = URI.create(url.substring(0, url.length() - TEST_CHANGELOG.length())).toURL();
      return new URLClassLoader(new URL[] {root}, null);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static TrackingPlan testPlan() {
    return load(TEST_PLAN);
  }

  public static TrackingPlan load(String resource) {
    try (InputStream in = TestPlans.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      return PlanLoader.load("tracking-plan.yaml", in.readAllBytes(), CheckOptions.DEFAULT).orThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
