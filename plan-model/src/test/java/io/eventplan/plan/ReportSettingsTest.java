package io.eventplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import org.junit.jupiter.api.Test;

/** The optional {@code reports:} section: which events are the login and the sign-up, and its errors. */
class ReportSettingsTest {

  @Test
  void namedEventsWin() {
    TrackingPlan plan = Plans.load(Plans.HEADER + """
        events:
          Logged In: {}
          Session Started: {}
          Account Created: {}
        reports:
          login_event: Session Started
          signup_event: Account Created
        """).plan().orElseThrow();
    assertThat(plan.loginEvent()).map(EventDef::name).contains("Session Started");
    assertThat(plan.signupEvent()).map(EventDef::name).contains("Account Created");
    assertThat(plan.reports().location().line()).isEqualTo(8);
  }

  @Test
  void defaultsAreTheEventsNamedLoggedInAndSignedUp() {
    TrackingPlan plan = Plans.load(Plans.HEADER + "events:\n  Logged In: {}\n  Signed Up: {}\n").plan().orElseThrow();
    assertThat(plan.loginEvent()).map(EventDef::name).contains("Logged In");
    assertThat(plan.signupEvent()).map(EventDef::name).contains("Signed Up");
  }

  @Test
  void withoutSuchEventsThereAreNone() {
    TrackingPlan plan = Plans.load(Plans.HEADER + "events:\n  logged in: {}\n").plan().orElseThrow();
    assertThat(plan.loginEvent()).isEmpty();
    assertThat(plan.signupEvent()).isEmpty();
  }

  @Test
  void unknownEventIsALocatedError() {
    assertThat(Plans.messages(Plans.HEADER + """
        events:
          Logged In: {}
        reports:
          login_event: Loged In
        """)).containsExactly(
        "plan.yaml:7:16: [UNKNOWN_REFERENCE] 'login_event' of 'reports' names event 'Loged In', but the plan"
            + " has no such event; write the name of one of its events exactly as under 'events'. Did you mean 'Logged In'?");
  }

  @Test
  void unknownKeyIsALocatedError() {
    assertThat(Plans.messages(Plans.HEADER + """
        events:
          Logged In: {}
        reports:
          logn_event: Logged In
        """)).containsExactly(
        "plan.yaml:7:3: [UNKNOWN_KEY] unknown key 'logn_event' in 'reports'. Did you mean 'login_event'?"
            + " Allowed keys: login_event, signup_event.");
  }
}
