package io.eventplan.codegen.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code generate-test}: {@code generate} for a plan the tests use, its outputs registered as
 * test sources and test resources under {@code target/generated-test-*}.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public class GenerateTestMojo extends GenerateMojo {

  @Override
  BuildScope scope() {
    return BuildScope.TEST;
  }
}
