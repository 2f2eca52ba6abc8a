// The type tests of the generated track<Event>, identify and group functions, compiled by `tsc --noEmit` against
// each TypeScript target of the root plan: the snippet (tsconfig.json) and the typed calls over analytics-next
// (tsconfig.analytics-next.json), which map "tracking-under-test" to their own tracking.d.ts. The correct calls
// must compile, and each `@ts-expect-error` line must be an error (tsc fails on an unused `@ts-expect-error`),
// so the plan's rules are enforced by the types of both.
import {
  group,
  identify,
  trackFeatureUsed,
  trackLoggedIn,
  trackLoggedOut,
  trackLoginFailed,
  trackSignedUp,
} from "tracking-under-test";

// correct calls
trackLoggedIn({ type: "password" });
trackLoggedIn({ type: "sso" });
trackLoginFailed({ type: "magic_link", reason: "unknown_user", attempt: 2 });
trackLoginFailed({ type: "password", reason: "invalid_credentials" });
trackSignedUp({ signup_method: "github", plan: "team", referrer: "https://example.com/" });
trackLoggedOut();
trackLoggedOut({ reason: "manual" });
trackFeatureUsed({ feature: "csv_import", surface: "web" });
identify("u_42", { email: "ada@example.com", role: "admin" });
group("c_7", { name: "Acme", plan: "enterprise", employees: 12 });

// a missing required property
// @ts-expect-error
trackLoggedIn({});
// @ts-expect-error
trackLoggedIn();
// @ts-expect-error
trackLoginFailed({ type: "password" });

// a wrong enum value
// @ts-expect-error
trackLoggedIn({ type: "pasword" });
// @ts-expect-error
trackFeatureUsed({ feature: "dashboard", surface: "desktop" });

// an unknown property
// @ts-expect-error
trackLoggedIn({ type: "sso", method: "okta" });
// @ts-expect-error
trackLoggedOut({ cause: "manual" });

// a property filled in for the caller
// @ts-expect-error
trackLoggedIn({ type: "sso", user_id: "u_42" });
// @ts-expect-error
trackLoggedIn({ type: "sso", event_id: "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69" });

// a wrong type, or null
// @ts-expect-error
trackLoginFailed({ type: "password", reason: "unknown_user", attempt: "2" });
// @ts-expect-error
trackSignedUp({ signup_method: "email", plan: null });

// traits: required, enum, unknown
// @ts-expect-error
identify("u_42", { name: "Ada" });
// @ts-expect-error
identify("u_42", { email: "ada@example.com", role: "owner" });
// @ts-expect-error
group("c_7", { name: "Acme", seats: 3 });
