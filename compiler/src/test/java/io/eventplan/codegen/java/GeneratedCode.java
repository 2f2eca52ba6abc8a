package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Java emitter's output for one plan, compiled and loaded, driven through reflection. */
final class GeneratedCode {
  static final String PACKAGE = "com.example.events";
  static final EmitContext CONTEXT = new EmitContext(PACKAGE, "tracking-plan.yaml");

  final List<GeneratedFile> files;
  final ClassLoader loader;

  private GeneratedCode(List<GeneratedFile> files) {
    this.files = files;
    this.loader = InMemoryCompiler.compile(files);
  }

  static GeneratedCode of(TrackingPlan plan) {
    return new GeneratedCode(new JavaEmitter().emit(plan, CONTEXT));
  }

  static TrackingPlan load(String yaml) {
    LoadResult result = PlanLoader.load("tracking-plan.yaml", yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT);
    assertThat(result.plan()).as("plan loads: %s", result.diagnostics()).isPresent();
    return result.plan().orElseThrow();
  }

  String source(String simpleName) {
    String path = PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
  }

  Class<?> type(String simpleName) {
    try {
      return loader.loadClass(PACKAGE + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  Object newInstance(String simpleName) {
    try {
      return type(simpleName).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs {@code validate(byte[])} of the named validator class. */
  Outcome validate(String validator, String json) {
    Object result = call(newInstance(validator), "validate", new Class<?>[] {byte[].class}, json.getBytes(StandardCharsets.UTF_8));
    List<Problem> problems = new ArrayList<>();
    for (Object violation : (List<?>) call(result, "violations", new Class<?>[0])) {
      problems.add(
          new Problem(
              (String) call(violation, "path", new Class<?>[0]),
              (String) call(violation, "rule", new Class<?>[0]),
              (String) call(violation, "message", new Class<?>[0])));
    }
    return new Outcome(call(result, "value", new Class<?>[0]), problems);
  }

  /** Calls a public no-argument method (a record accessor, for example). */
  static Object get(Object target, String method) {
    return call(target, method, new Class<?>[0]);
  }

  static Object call(Object target, String method, Class<?>[] types, Object... args) {
    try {
      Method m = target.getClass().getMethod(method, types);
      m.setAccessible(true);
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A violation as plain data. */
  record Problem(String path, String rule, String message) {
    /** {@code path rule}, for compact assertions. */
    String brief() {
      return path + " " + rule;
    }
  }

  /** What a validator returned: a record, or violations. */
  record Outcome(Object value, List<Problem> problems) {
    List<String> briefs() {
      return problems.stream().map(Problem::brief).toList();
    }
  }
}
