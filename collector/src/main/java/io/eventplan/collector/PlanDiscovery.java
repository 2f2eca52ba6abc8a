package io.eventplan.collector;

import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventPlanException;
import io.eventplan.runtime.EventPlans;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the plan a collector serves: the one in the plan bundle named by {@code EVENTPLAN_PLAN_BUNDLE} (a jar or a
 * directory holding a generated plan's classes, changelog and service file), else the one on the class path. No plan,
 * or two, is an {@link EventPlanException} that says what to do.
 */
public final class PlanDiscovery {
  private PlanDiscovery() {}

  public static EventPlan load(Optional<Path> bundle) {
    return bundle.isPresent() ? fromBundle(bundle.get()) : EventPlans.load(PlanDiscovery.class.getClassLoader());
  }

  /** The plan registered in {@code bundle} itself (a plan on the collector's own class path does not count). */
  public static EventPlan fromBundle(Path bundle) {
    URLClassLoader loader = new URLClassLoader("eventplan-plan", new URL[] {url(bundle)},
        PlanDiscovery.class.getClassLoader());
    List<EventPlan> plans = new ArrayList<>();
    try {
      for (URL service : Collections.list(loader.findResources(EventPlan.SERVICE_FILE))) {
        for (String className : classNames(service)) {
          plans.add(instantiate(loader, className, bundle));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the plan bundle " + bundle, e);
    }
    return EventPlans.one(plans, "in the plan bundle " + bundle.toAbsolutePath());
  }

  private static URL url(Path bundle) {
    try {
      return bundle.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new EventPlanException("EVENTPLAN_PLAN_BUNDLE: " + bundle + " is not a path to a jar or directory");
    }
  }

  /** The provider class names of a service file: one per line, '#' starts a comment. */
  private static List<String> classNames(URL service) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = service.openStream();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.replaceFirst("#.*", "").strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static EventPlan instantiate(ClassLoader loader, String className, Path bundle) {
    try {
      return (EventPlan) Class.forName(className, true, loader).getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new EventPlanException("The plan bundle " + bundle.toAbsolutePath() + " names the plan " + className
          + ", which cannot be loaded (" + e + "). Build the bundle with the same eventplan version as the"
          + " collector.");
    }
  }
}
