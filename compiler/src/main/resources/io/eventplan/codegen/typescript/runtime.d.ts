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
