package io.eventplan.plan;

import java.util.Comparator;

/** A place in a plan file, printed as {@code path:line:col} (both 1-based). */
public record Location(String file, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  /** The location of a whole file, used when no finer place is known. */
  public static Location ofFile(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
