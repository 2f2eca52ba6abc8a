package io.eventplan.collector.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The driver's AssertionError on a lost connection reaches callers as SQLException 08006. */
class LostConnectionsTest {

  @Test
  void anAssertionErrorFromABatchBecomesAConnectionFailure() throws Exception {
    PreparedStatement statement = fake(PreparedStatement.class, "executeBatch",
        new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw"));
    Connection connection = fake(Connection.class, "prepareStatement", statement);
    DataSource dataSource = fake(DataSource.class, "getConnection", connection);

    try (Connection translated = LostConnections.translating(dataSource).getConnection();
        PreparedStatement batch = translated.prepareStatement("INSERT")) {
      assertThatThrownBy(batch::executeBatch).isInstanceOf(SQLException.class)
          .hasMessageContaining("connection to PostgreSQL was lost")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08006"))
          .satisfies(e -> assertThat(SqlErrors.isUnavailable((SQLException) e)).isTrue());
    }
  }

  @Test
  void otherErrorsAndResultsPassThrough() throws Exception {
    SQLException refused = new SQLException("duplicate key", "23505");
    PreparedStatement statement = fake(PreparedStatement.class, "executeUpdate", refused);
    Connection connection = fake(Connection.class, "prepareStatement", statement);
    DataSource dataSource = fake(DataSource.class, "getConnection", connection);

    PreparedStatement translated = LostConnections.translating(dataSource).getConnection().prepareStatement("x");
    assertThatThrownBy(translated::executeUpdate).isSameAs(refused);
  }

  /** An object of {@code type} whose method {@code name} returns {@code answer}, or throws it. */
  private static <T> T fake(Class<T> type, String name, Object answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().equals(name)) {
        if (answer instanceof Throwable) {
          throw (Throwable) answer;
        }
        return answer;
      }
      return method.getName().equals("close") ? null : method.getReturnType() == boolean.class ? false : null;
    }));
  }
}
