package io.eventplan.codegen;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last compilation produced: the fingerprint of its inputs and the hash of every output.
 *
 * @param inputHash {@link ContentHash#ofInputs} of the run; empty while a run is in progress
 * @param generatorVersion the generator that wrote the outputs (for people reading the file)
 * @param roots each output root's directory, relative to the state file's folder
 * @param outputs every output with the SHA-256 of its content
 */
record BuildState(
    String inputHash,
    String generatorVersion,
    SortedMap<OutputRoot, String> roots,
    SortedMap<OutputPath, String> outputs) {

  /** Written before outputs change, so that an interrupted run is never taken as up to date. */
  static final String IN_PROGRESS = "";

  BuildState {
    roots = Collections.unmodifiableSortedMap(new TreeMap<>(roots));
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  static BuildState empty() {
    return new BuildState(IN_PROGRESS, "", new TreeMap<>(), new TreeMap<>());
  }

  /** The outputs of both states (those of {@code next} win), marked in progress. */
  BuildState inProgressUnion(BuildState next) {
    SortedMap<OutputPath, String> union = new TreeMap<>(outputs);
    union.putAll(next.outputs());
    return new BuildState(IN_PROGRESS, next.generatorVersion(), next.roots(), union);
  }

  boolean sameRoots(Map<OutputRoot, String> other) {
    return roots.equals(other);
  }
}
