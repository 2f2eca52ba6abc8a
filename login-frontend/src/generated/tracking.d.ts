// Generated from tracking-plan.yaml by eventplan - do not edit.

/**
 * The typed tracking snippet of the plan "Event Data Project" (version 1), generated from tracking-plan.yaml.
 *
 * Each `track<Event>(props)` takes the event's own properties and the common properties the caller
 * supplies. The snippet fills in these common properties itself, so no props type has them:
 * - `event_id` (uuid): a new random UUID (also the Segment messageId)
 * - `timestamp` (timestamp): the time of the call
 * - `user_id` (string): the user id of the last identify() call, absent before one
 * - `url` (url): location.href
 *
 * Lengths count Unicode code points; a pattern matches anywhere in the value unless it is anchored.
 * @packageDocumentation
 */

/** The rule a value broke, named as in the generated JSON Schemas and Java validators. */
export type ViolationRule =
  | "required"
  | "type"
  | "enum"
  | "pattern"
  | "minLength"
  | "maxLength"
  | "minimum"
  | "maximum"
  | "format"
  | "additionalProperties"
  | "minItems"
  | "maxItems";

/** A call that does not match the plan, reported by the dev-mode check. */
export interface Violation {
  /** The event name, or `identify` / `group` for traits. */
  event: string;
  /** JSON Pointer of the value in the envelope (or traits), e.g. `/type`; a missing property's own pointer. */
  path: string;
  rule: ViolationRule;
  /** The path, the rule and its limit, e.g. `/attempt: minimum 1` or `/type: enum ["password","sso","magic_link"]`. */
  message: string;
}

/** A check per format of the plan's types: whether a text has the format. */
export type FormatChecks = Record<"date-time" | "date" | "uuid" | "uri" | "email", (text: string) => boolean>;

/** Events the snippet gave up on. */
export interface Drop {
  /** `rejected`: the collector answered with a 4xx other than 408 and 429; `overflow`: the queue was full. */
  reason: "rejected" | "overflow";
  /** The HTTP status of a rejection. */
  status?: number;
  /** How many events were dropped. */
  count: number;
}

/** Options of {@link init}. */
export interface InitOptions {
  /** The source's write key, sent as the HTTP Basic user name (and in the body of pagehide flushes). */
  writeKey: string;
  /** The collector's base URL, e.g. `https://collector.example.com`; batches go to `${endpoint}/v1/batch`. */
  endpoint: string;
  /** Send as soon as this many events are queued (default 10); also the largest batch. */
  batchSize?: number;
  /** Send queued events at most this many milliseconds after the first one was queued (default 1000). */
  flushInterval?: number;
  /** The bound of the first retry delay in milliseconds (default 1000); it doubles with each failure. */
  retryBase?: number;
  /** The largest retry delay bound in milliseconds (default 60000). */
  retryMax?: number;
  /** At most this many unsent events are kept, in memory and in localStorage (default 100); the oldest go first. */
  maxQueue?: number;
  /** Called when events are dropped. */
  onDrop?(drop: Drop): void;
  /** Development mode: check every call against the plan and report each violation. Leave it out in production. */
  dev?: {
    onViolation(violation: Violation): void;
    /** The format checks, `formats` of `tracking-formats.js` (development only); without them formats go unchecked. */
    formats?: FormatChecks;
  };
}

/**
 * Starts sending: events queued before `init` and events a previous page left in localStorage are
 * sent from now on. Adds a `pagehide` listener that flushes the queue with `fetch(..., {keepalive: true})`
 * or `navigator.sendBeacon`.
 */
export declare function init(options: InitOptions): void;

/** Sends the next batch now, unless one is in flight or waiting to be retried. */
export declare function flush(): void;

/** Forgets the user of the last `identify` (after a logout) and starts a new anonymous id. */
export declare function reset(): void;

/** The violations of an event's envelope (the flat object the collector validates); empty when it is valid. */
export declare function validateEvent(event: string, envelope: unknown): Violation[];

/** The violations of people (`identify`) or company (`group`) traits; empty when they are valid. */
export declare function validateTraits(kind: "people" | "companies", traits: unknown): Violation[];

/**
 * Traits of a user, sent with identify calls; one row per person in the people table.
 * Source: tracking-plan.yaml:119:1.
 */
export interface PeopleTraits {
  /**
   * Login e-mail address of the person.
   * An e-mail address.
   */
  email: string;
  /**
   * Full name, as the person entered it.
   * At most 200 characters.
   */
  name?: string;
  /** Id of the company (account) the person belongs to. */
  company_id?: string;
  /**
   * When the person signed up.
   * An RFC 3339 date-time with an offset, e.g. `2026-11-25T10:00:00Z`.
   */
  created_at?: string;
  /** The person's role in their company's workspace. */
  role?: "admin" | "member" | "viewer";
}

/** Remembers the user (for `user_id` and Segment's `userId`) and sends an identify call with the traits. */
export declare function identify(userId: string, traits: PeopleTraits): void;

/**
 * Traits of a customer account, sent with group calls; one row per company in the companies table.
 * Source: tracking-plan.yaml:144:1.
 */
export interface CompanyTraits {
  /** Name of the company. */
  name: string;
  /** Current subscription plan. */
  plan?: "free" | "team" | "enterprise";
  /**
   * Number of employees, as declared by the company.
   * A whole number, at least 0.
   */
  employees?: number;
  /**
   * When the company's workspace was created.
   * An RFC 3339 date-time with an offset, e.g. `2026-11-25T10:00:00Z`.
   */
  created_at?: string;
}

/** Sends a group call: the company the current user belongs to, with its traits. */
export declare function group(companyId: string, traits: CompanyTraits): void;

/**
 * The properties a caller passes with `Logged In`.
 * Source: tracking-plan.yaml:33:3.
 */
export interface LoggedInProps {
  /** How the user authenticated. */
  type: "password" | "sso" | "magic_link";
}

/**
 * Sends `Logged In`: A user logged in successfully through the login form.
 *
 * Where: login page, after the server accepted the credentials
 *
 * Filled in by the snippet: `event_id`, `timestamp`, `user_id`, `url`.
 * Source: tracking-plan.yaml:33:3.
 */
export declare function trackLoggedIn(props: LoggedInProps): void;

/**
 * The properties a caller passes with `Signed Up`.
 * Source: tracking-plan.yaml:43:3.
 */
export interface SignedUpProps {
  /** How the account was created. */
  signup_method: "email" | "google" | "github" | "sso";
  /** Plan chosen on the sign-up form; absent when the form offered no choice. */
  plan?: "free" | "team" | "enterprise";
  /**
   * Page that sent the visitor to the sign-up page, when the browser reports it.
   * An absolute URL.
   */
  referrer?: string;
}

/**
 * Sends `Signed Up`: A visitor created an account, with e-mail and password or through an identity provider.
 *
 * Where: sign-up page, after the server created the account
 *
 * Filled in by the snippet: `event_id`, `timestamp`, `user_id`, `url`.
 * Source: tracking-plan.yaml:43:3.
 */
export declare function trackSignedUp(props: SignedUpProps): void;

/**
 * The properties a caller passes with `Logged Out`.
 * Source: tracking-plan.yaml:63:3.
 */
export interface LoggedOutProps {
  /** Why the session ended; absent when the client could not tell. */
  reason?: "manual" | "session_expired";
}

/**
 * Sends `Logged Out`: A user's session ended, because the user logged out or because the session expired.
 *
 * Where: account menu "Log out" button; or the server, when it expires an idle session
 *
 * Filled in by the snippet: `event_id`, `timestamp`, `user_id`, `url`.
 * Source: tracking-plan.yaml:63:3.
 */
export declare function trackLoggedOut(props?: LoggedOutProps): void;

/**
 * The properties a caller passes with `Feature Used`.
 * Source: tracking-plan.yaml:75:3.
 */
export interface FeatureUsedProps {
  /** The product feature that was used. */
  feature: "dashboard" | "report_export" | "csv_import" | "api_keys" | "team_invite" | "sso_setup";
  /** Where the feature was used. */
  surface?: "web" | "mobile" | "api";
}

/**
 * Sends `Feature Used`: A user performed the main action of a product feature (an export finished, an import ran, an API key was created), not merely opened its page. Sent every time; the first one per user and feature answers "Has this user tried this feature already?".
 *
 * Where: product app, when the feature's main action succeeds (sent by the server for api calls)
 *
 * Filled in by the snippet: `event_id`, `timestamp`, `user_id`, `url`.
 * Source: tracking-plan.yaml:75:3.
 */
export declare function trackFeatureUsed(props: FeatureUsedProps): void;

/**
 * The properties a caller passes with `Login Failed`.
 * Source: tracking-plan.yaml:95:3.
 */
export interface LoginFailedProps {
  /** How the visitor tried to authenticate. */
  type: "password" | "sso" | "magic_link";
  /** Why the server rejected the attempt. */
  reason: "invalid_credentials" | "account_locked" | "sso_error" | "unknown_user";
  /**
   * Number of consecutive failed attempts in this browser session, this one included.
   * A whole number from 1 to 100.
   */
  attempt?: number;
}

/**
 * Sends `Login Failed`: A login attempt was rejected. The visitor is still anonymous, so the event carries no user id, and it never carries the e-mail address or password that was typed.
 *
 * Where: login page, after the server rejected the credentials
 *
 * Filled in by the snippet: `event_id`, `timestamp`, `user_id`, `url`.
 * Source: tracking-plan.yaml:95:3.
 */
export declare function trackLoginFailed(props: LoginFailedProps): void;

