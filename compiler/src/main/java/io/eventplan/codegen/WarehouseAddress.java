package io.eventplan.codegen;

/**
 * Where the PostgreSQL warehouse that BI tools read is: written into the generated Power BI
 * connection file and semantic model (they hold no user or password; Power BI asks for those).
 *
 * @param server host and port as Power BI's PostgreSQL connector takes it, e.g. {@code localhost:5432}
 * @param database the database name, e.g. {@code warehouse}
 */
public record WarehouseAddress(String server, String database) {
  /** The address of the local warehouse of docs/warehouse.md. */
  public static final WarehouseAddress DEFAULT = new WarehouseAddress("localhost:5432", "warehouse");

  public WarehouseAddress {
    server = checked("warehouseServer", server, "localhost:5432 or db.example.com:5432");
    database = checked("warehouseDatabase", database, "warehouse");
  }

  private static String checked(String parameter, String value, String example) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(parameter + " is empty; give it a value such as " + example);
    }
    String trimmed = value.strip();
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(parameter + " '" + trimmed.replaceAll("\\p{Cntrl}", "?")
          + "' contains a control character (a line break?); give it a value such as " + example);
    }
    return trimmed;
  }
}
