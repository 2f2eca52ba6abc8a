// Run by login.e2e.test.mjs as `java -cp collector-all.jar WarehouseQuery.java <jdbc url> <sql>`: prints each row
// as one JSON object per line (values as text), so the node test can read the warehouse without a pg client.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;

public class WarehouseQuery {
  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], "postgres", "");
        ResultSet rows = connection.createStatement().executeQuery(args[1])) {
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
