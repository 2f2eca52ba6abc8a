package io.eventplan.codegen;

/** The output folders a generated file can go to. */
public enum OutputRoot {
  /** Java sources, added to the compile source roots ({@code outputDirectory}). */
  JAVA_SOURCES,
  /** Non-Java outputs such as JSON Schemas, added to the build's resources ({@code resourceDirectory}). */
  RESOURCES
}
