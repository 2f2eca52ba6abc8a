package io.eventplan.plan.model;

import io.eventplan.plan.Location;
import java.util.Optional;

/**
 * The plan's optional {@code reports:} section: which events the generated report views treat as
 * the login and the sign-up. Either may be absent; {@link TrackingPlan#loginEvent()} and
 * {@link TrackingPlan#signupEvent()} then fall back to the events named {@value #DEFAULT_LOGIN_EVENT}
 * and {@value #DEFAULT_SIGNUP_EVENT}.
 *
 * @param loginEvent the name of the login event as written under {@code login_event}
 * @param signupEvent the name of the sign-up event as written under {@code signup_event}
 * @param location where the section starts; the plan file itself when the plan has none
 */
public record ReportSettings(Optional<String> loginEvent, Optional<String> signupEvent, Location location) {
  public static final String DEFAULT_LOGIN_EVENT = "Logged In";
  public static final String DEFAULT_SIGNUP_EVENT = "Signed Up";

  /** The settings of a plan without a {@code reports:} section. */
  public static ReportSettings none(String file) {
    return new ReportSettings(Optional.empty(), Optional.empty(), Location.ofFile(file));
  }
}
