package io.eventplan.collector.support;

import io.eventplan.codegen.CodegenCompiler;
import io.eventplan.codegen.CodegenRequest;
import io.eventplan.codegen.EmitterRegistry;
import io.eventplan.codegen.PlanCompilationException;
import io.eventplan.collector.PlanDiscovery;
import io.eventplan.runtime.EventPlan;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Plans the tests write themselves, made as a project makes them: goal generate's compilation (the plan, its lock
 * file beside it, the warehouse changelog), javac over the generated Java, and the result loaded as a plan bundle
 * (a directory), in a class loader of its own, as a collector loads {@code EVENTPLAN_PLAN_BUNDLE}. Compiling a
 * changed plan in the same project directory continues its lock, so the changelog migrates the earlier warehouse.
 */
public final class CompiledPlans {
  private CompiledPlans() {}

  /**
   * Writes {@code yaml} as {@code project}/tracking-plan.yaml, compiles it and loads it.
   *
   * @param javaPackage the package of the generated code; use a new one for each plan a test loads
   */
  public static EventPlan compile(Path project, String yaml, String javaPackage) {
    return PlanDiscovery.fromBundle(directory(project, yaml, javaPackage));
  }

  /** Like {@link #compile}, but returns the plan bundle directory (classes and generated resources). */
  public static Path directory(Path project, String yaml, String javaPackage) {
    try {
      Files.createDirectories(project);
      Path planFile = project.resolve("tracking-plan.yaml");
      Files.writeString(planFile, yaml);
      Path target = project.resolve("target-" + javaPackage);
      Path sources = target.resolve("generated-sources");
      Path classes = target.resolve("classes");
      CodegenCompiler.compile(new CodegenRequest(planFile, "tracking-plan.yaml", sources, classes,
          target.resolve("state.json"), javaPackage, false, EmitterRegistry.defaults(), "test", true));
      javac(sources, classes);
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PlanCompilationException e) {
      throw new AssertionError("the test's plan does not compile: " + e.getMessage(), e);
    }
  }

  private static void javac(Path sources, Path classes) throws IOException {
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-d",
        classes.toString(), "-classpath", classPath()));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new AssertionError("the generated code of " + sources + " does not compile (javac said " + status + ")");
    }
  }

  /** What generated code compiles against: eventplan-runtime, Jackson's streaming core and RE2/J. */
  private static String classPath() {
    return String.join(File.pathSeparator, jarOf(EventPlan.class), jarOf(tools.jackson.core.JsonParser.class),
        jarOf(com.google.re2j.Pattern.class));
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
