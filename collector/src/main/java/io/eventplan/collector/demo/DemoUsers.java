package io.eventplan.collector.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The demo accounts, looked up by e-mail address and checked against their password hashes. */
public final class DemoUsers {
  /** The account run-local.sh prints; its password is {@link #DEMO_PASSWORD}. */
  public static final String DEMO_EMAIL = "ada@example.com";
  public static final String DEMO_PASSWORD = "demo-password";

  /** Checked when the e-mail is unknown, so that an unknown address takes as long as a wrong password. */
  private static final PasswordHash DUMMY =
      PasswordHash.parse("pbkdf2-sha256$210000$uPo+E4xESo4CxzeMZqLyqQ==$K4sLQEUju2fkvc82wOx95zh1XhF7SXtVob1VMLpZl5Q=");

  private final List<DemoUser> users;

  public DemoUsers(List<DemoUser> users) {
    this.users = List.copyOf(users);
  }

  /** The built-in demo account (the hash is of {@link #DEMO_PASSWORD}, made once with a random salt). */
  public static DemoUsers standard() {
    return new DemoUsers(List.of(new DemoUser("u-ada", DEMO_EMAIL, "Ada Lovelace", "admin", PasswordHash.parse(
        "pbkdf2-sha256$210000$4sgSnX/KesmGMryz0/hLpw==$NmPPR1NA8zmkkucr7ZAiIlVbLRJD7p+6IvVMsN7JxdM="))));
  }

  /** The user with this e-mail (case-insensitive) and password, if there is one. */
  public Optional<DemoUser> authenticate(String email, char[] password) {
    String wanted = email.trim().toLowerCase(Locale.ROOT);
    Optional<DemoUser> user = users.stream().filter(u -> u.email().equalsIgnoreCase(wanted)).findFirst();
    boolean matches = user.map(DemoUser::password).orElse(DUMMY).matches(password);
    return matches ? user : Optional.empty();
  }
}
