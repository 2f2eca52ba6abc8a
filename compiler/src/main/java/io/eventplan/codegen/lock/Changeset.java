package io.eventplan.codegen.lock;

import java.util.List;

/**
 * One Liquibase changeset as generated once and then kept verbatim forever, so its checksum never
 * changes.
 *
 * @param id unique and ordered, e.g. {@code 0003-create-logged_in}
 * @param author always {@link #AUTHOR}
 * @param planVersion the plan version it was generated for
 * @param comment one line for {@code --comment:}
 * @param sql the changeset's SQL, without a trailing newline
 */
public record Changeset(String id, String author, int planVersion, String comment, String sql) {

  public static final String AUTHOR = "eventplan";

  public Changeset {
    if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a changeset id needs text and no spaces: '" + id + "'");
    }
    if (comment.contains("\n") || comment.contains("\r")) {
      throw new IllegalArgumentException("a changeset comment is one line: " + comment);
    }
  }

  /** The SQL split into lines, as the lock file stores it for readable diffs. */
  public List<String> sqlLines() {
    return List.of(sql.split("\n", -1));
  }
}
