package io.eventplan.plan.cli;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command line: checks a tracking plan and prints every diagnostic; exit code 1 when it has errors. */
public final class CheckCommand {
  private CheckCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> files = new ArrayList<>();
    boolean strict = false;
    for (String arg : args) {
      if (arg.equals("--strict")) {
        strict = true;
      } else if (arg.startsWith("-")) {
        err.println("unknown option " + arg + "; usage: check [--strict] [tracking-plan.yaml ...]");
        return 2;
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      files.add("tracking-plan.yaml");
    }
    int status = 0;
    for (String file : files) {
      LoadResult result = PlanLoader.load(Path.of(file), file, new CheckOptions(strict));
      result.diagnostics().forEach(d -> (d.isError() ? err : out).println(d));
      if (result.plan().isPresent()) {
        TrackingPlan plan = result.plan().get();
        out.printf("%s: plan '%s' version %d is valid: %d events, %d warnings%n",
            file, plan.info().name(), plan.info().version(), plan.events().size(), result.warnings().size());
      } else {
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        err.printf("%s: %d %s; fix %s and run again%n", file, errors, errors == 1 ? "error" : "errors",
            errors == 1 ? "it" : "them");
        status = 1;
      }
    }
    return status;
  }
}
