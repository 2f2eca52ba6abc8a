// Run by the end-to-end tests as `java -cp collector-all.jar WarehouseQuery.java <jdbc url> <sql>`: prints each row
// as one JSON object per line (values as text), so the node test can read the warehouse without a pg client.
// With `-` instead of the SQL it reads one statement per line from standard input and answers each with its rows
// and then a line `.` (or a line `!` and the error message), on one connection, for tests that ask often.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

public class WarehouseQuery {
  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], "postgres", "")) {
      if (!args[1].equals("-")) {
        print(connection, args[1]);
        return;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String sql = in.readLine(); sql != null; sql = in.readLine()) {
        try {
          print(connection, sql);
          System.out.println(".");
        } catch (SQLException e) {
          System.out.println("!" + e.getMessage().replace('\n', ' '));
        }
        System.out.flush();
      }
    }
  }

  private static void print(Connection connection, String sql) throws SQLException {
    try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
      ResultSetMetaData meta = rows.getMetaData();
      while (rows.next()) {
        StringBuilder line = new StringBuilder("{");
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String value = rows.getString(i);
          line.append(i > 1 ? "," : "").append(quote(meta.getColumnLabel(i))).append(':')
              .append(value == null ? "null" : quote(value));
        }
        System.out.println(line.append('}'));
      }
    }
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
