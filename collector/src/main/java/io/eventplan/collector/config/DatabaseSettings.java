package io.eventplan.collector.config;

/** Where an external PostgreSQL is and how to log in; {@link #toString()} never shows the password. */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

  @Override
  public String toString() {
    return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
        + (password == null ? "(none)" : "****") + "]";
  }
}
