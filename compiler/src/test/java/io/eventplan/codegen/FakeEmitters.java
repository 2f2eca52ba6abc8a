package io.eventplan.codegen;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small emitters for compiler tests: one file per event, and one Java source listing every event. */
final class FakeEmitters {
  private FakeEmitters() {}

  /** {@code RESOURCES:events/<snake>.txt} per event, holding its name and description. */
  static final class PerEvent implements Emitter {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public String id() {
      return "per-event";
    }

    @Override
    public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
      runs.incrementAndGet();
      List<GeneratedFile> files = new ArrayList<>();
      for (EventDef event : plan.events()) {
        files.add(new GeneratedFile(OutputRoot.RESOURCES, "events/" + Identifiers.snake(event.name()) + ".txt",
            "# " + Headers.text(context) + "\n" + event.name() + ": " + event.description() + "\n"));
      }
      return files;
    }
  }

  /** {@code JAVA_SOURCES:<package>/Events.java} listing the event names. */
  static final class EventList implements Emitter {
    @Override
    public String id() {
      return "event-list";
    }

    @Override
    public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
      StringBuilder text = new StringBuilder("// " + Headers.text(context) + "\n")
          .append("package ").append(context.javaPackage()).append(";\n\nfinal class Events {\n");
      for (EventDef event : plan.events()) {
        text.append("  // ").append(event.name()).append('\n');
      }
      text.append("}\n");
      String path = context.javaPackage().replace('.', '/') + "/Events.java";
      return List.of(new GeneratedFile(OutputRoot.JAVA_SOURCES, path, text.toString()));
    }
  }

  /** Always produces the given path: for clash tests. */
  static Emitter fixed(String id, OutputRoot root, String path) {
    return new Emitter() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
        return List.of(new GeneratedFile(root, path, id + "\n"));
      }
    };
  }
}
