package io.eventplan.collector.support;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The plans tests run against. */
public final class TestPlans {
  /** The root plan plus a page event and an event with every type and keyword names. */
  public static final String TEST_PLAN = "test-plan/tracking-plan.yaml";
  /** The hand-written stand-in of the warehouse changelog of {@link #TEST_PLAN}. */
  public static final String TEST_CHANGELOG = "warehouse-fixture/changelog.sql";

  private TestPlans() {}

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
