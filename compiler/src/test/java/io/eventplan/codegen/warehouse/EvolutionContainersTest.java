package io.eventplan.codegen.warehouse;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link AbstractEvolutionTest} on Testcontainers' {@code postgres:17}; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class EvolutionContainersTest extends AbstractEvolutionTest {
  @Container static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>(ContainerDatabase.IMAGE);

  @Override
  WarehouseDatabase database() {
    return new ContainerDatabase(POSTGRES);
  }
}
