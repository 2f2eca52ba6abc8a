package io.eventplan.collector.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Makes a lost connection look like one. When PostgreSQL goes away during a batch, the JDBC driver
 * (42.7) throws {@code AssertionError: pgStatement.getConnection().getAutoCommit() should not
 * throw} instead of an SQLException; code that handles SQLException, like the group-commit writer,
 * never sees it, and its thread dies. Connections and statements from {@link #translating} report
 * such an error as the SQLException it stands for: SQLSTATE 08006, connection failure.
 */
public final class LostConnections {
  /** SQLSTATE of a connection that failed while in use. */
  public static final String CONNECTION_FAILURE = "08006";

  private static final Set<Class<?>> WRAPPED =
      Set.of(Connection.class, Statement.class, PreparedStatement.class, CallableStatement.class);

  private LostConnections() {}

  /** {@code dataSource}, whose connections and statements throw SQLException for the driver's AssertionError. */
  public static DataSource translating(DataSource dataSource) {
    return wrap(dataSource, DataSource.class);
  }

  private static <T> T wrap(Object target, Class<T> type) {
    return type.cast(Proxy.newProxyInstance(LostConnections.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError) {
              throw new SQLException("the connection to PostgreSQL was lost: " + cause.getMessage(),
                  CONNECTION_FAILURE, cause);
            }
            throw cause;
          }
          Class<?> returned = method.getReturnType();
          return result != null && WRAPPED.contains(returned) ? wrap(result, returned) : result;
        }));
  }
}
