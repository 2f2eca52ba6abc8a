package io.eventplan.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the one generated plan on a class path. */
public final class EventPlans {
  private EventPlans() {}

  /**
   * The plan registered on {@code loader}'s class path.
   *
   * @throws EventPlanException when there is none or more than one, saying what to do
   */
  public static EventPlan load(ClassLoader loader) {
    List<EventPlan> plans = new ArrayList<>();
    ServiceLoader.load(EventPlan.class, loader).forEach(plans::add);
    return one(plans, "on the class path");
  }

  /**
   * The only plan of {@code plans}, found {@code where}.
   *
   * @throws EventPlanException when there is none or more than one
   */
  public static EventPlan one(List<EventPlan> plans, String where) {
    if (plans.isEmpty()) {
      throw new EventPlanException("No tracking plan was found " + where + ". Generate one with the eventplan Maven"
          + " plugin (goal generate) and put its classes on the class path, or name a plan bundle"
          + " (<artifactId>-<version>-eventplan.jar, goal bundle) in EVENTPLAN_PLAN_BUNDLE.");
    }
    if (plans.size() > 1) {
      List<String> names = new ArrayList<>();
      for (EventPlan plan : plans) {
        names.add("'" + plan.name() + "' v" + plan.version() + " (" + plan.getClass().getName() + ")");
      }
      throw new EventPlanException(plans.size() + " tracking plans were found " + where + ": "
          + String.join(", ", names) + ". A collector serves one plan: keep one plan's generated classes (or one"
          + " plan bundle) on its class path.");
    }
    return plans.get(0);
  }
}
