package io.eventplan.codegen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps info and warning lines for assertions instead of printing them. */
final class RecordingLog extends SystemStreamLog {
  final List<String> lines = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    lines.add("INFO " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("WARNING " + content);
  }
}
