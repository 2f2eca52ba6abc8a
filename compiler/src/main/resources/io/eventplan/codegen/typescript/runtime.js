// ---- The runtime, the same for every plan (plain ES2019, no dependencies) ----

const STORAGE = "eventplan:";
const DEFAULTS = { batchSize: 10, flushInterval: 1000, retryBase: 1000, retryMax: 60000, maxQueue: 100 };
/** Retry-After is honoured up to a day; setTimeout cannot wait much longer than 24 days anyway. */
const LONGEST_WAIT = 864e5;

let config = DEFAULTS; // init() adds writeKey, endpoint, onDrop and dev
let queue = load("queue") || []; // unsent messages, oldest first, also in localStorage
let user = load("user"); // the user id of the last identify(), null when anonymous
let anonymous = load("anonymousId");
let flushTimer = 0;
let busy = false; // a batch is in flight, or waiting for its retry
let failures = 0; // failed attempts in a row, for the backoff
let listening = false;

if (!anonymous) save("anonymousId", (anonymous = uuid()));

export function init(options) {
  config = Object.assign({}, DEFAULTS, options);
  if (!listening && typeof addEventListener === "function") {
    listening = true;
    addEventListener("pagehide", leave);
  }
  schedule();
}

export function identify(userId, traits) {
  save("user", (user = userId));
  traits = copy(traits);
  call(message("identify", { traits }), () => check(PEOPLE, traits, "identify"));
}

export function group(groupId, traits) {
  traits = copy(traits);
  call(message("group", { groupId, traits }), () => check(COMPANIES, traits, "group"));
}

export function reset() {
  save("user", (user = null));
  save("anonymousId", (anonymous = uuid()));
}

/** Queues a track call of `event`. */
function record(event, properties) {
  properties = copy(properties);
  const m = message("track", { event, properties });
  call(m, () => FILLS.filter((name) => has(properties, name))
    .map((name) => violation(event, pointer("", name), "additionalProperties"))
    .concat(validateEvent(event, envelope(m))));
}

/** Queues `m`, then reports what the dev-mode check finds when it is on. */
function call(m, checks) {
  enqueue(m);
  if (config.dev) checks().forEach((v) => config.dev.onViolation(v));
}

/** What the caller passed, as the collector will read it: JSON drops undefined members, turns Dates into text. */
function copy(value) {
  return JSON.parse(JSON.stringify(value || {}));
}

function message(type, fields) {
  const m = Object.assign({ type, messageId: uuid(), timestamp: new Date().toISOString(), anonymousId: anonymous }, fields);
  if (user) m.userId = user;
  if (typeof location !== "undefined") m.context = { page: { url: location.href } };
  return m;
}

/** The envelope the collector builds from a track message (docs/event-envelope.md). */
function envelope(m) {
  const filled = { event_id: m.messageId, timestamp: m.timestamp, user_id: m.userId, url: m.context && m.context.page.url };
  const result = Object.assign({}, m.properties);
  for (const name of FILLS) if (filled[name]) result[name] = filled[name];
  return result;
}

/** A random version 4 UUID; crypto.randomUUID() exists only on secure (https) origins. */
function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 15) | 64; // version 4
  bytes[8] = (bytes[8] & 63) | 128; // variant 10
  let hex = "";
  for (const b of bytes) hex += (b + 256).toString(16).slice(1);
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
}

function load(name) {
  try {
    return JSON.parse(localStorage.getItem(STORAGE + name));
  } catch (e) {
    return null; // no storage (privacy modes, sandboxed frames) or not our data
  }
}

function save(name, value) {
  try {
    localStorage.setItem(STORAGE + name, JSON.stringify(value));
  } catch (e) {
    // full or blocked: the data stays in memory
  }
}

function enqueue(m) {
  queue.push(m);
  const over = queue.length - config.maxQueue;
  if (over > 0) drop(queue.splice(0, over), { reason: "overflow" });
  save("queue", queue);
  schedule();
}

/** Forgets `messages` (all sent, or given up on with `why`, which onDrop hears about). */
function drop(messages, why) {
  const ids = messages.map((m) => m.messageId);
  queue = queue.filter((m) => !ids.includes(m.messageId));
  save("queue", queue);
  if (why && config.onDrop) config.onDrop(Object.assign(why, { count: messages.length }));
}

function schedule() {
  if (!config.endpoint || busy || !queue.length) return;
  if (queue.length >= config.batchSize) flush();
  else if (!flushTimer) flushTimer = setTimeout(flush, config.flushInterval);
}

export function flush() {
  clearTimeout(flushTimer);
  flushTimer = 0;
  if (!config.endpoint || busy || !queue.length) return;
  busy = true;
  const batch = queue.slice(0, config.batchSize);
  // inside the promise, so that even a throw (no fetch, a write key btoa cannot encode) ends in a retry
  new Promise((resolve) => {
    const headers = { "Content-Type": "application/json", Authorization: "Basic " + btoa(config.writeKey + ":") };
    resolve(fetch(config.endpoint + "/v1/batch", { method: "POST", headers, body: body(batch) }));
  })
    .then((response) => {
      const status = response.status;
      if (status > 499 || status === 408 || status === 429) return retry(response.headers.get("Retry-After"));
      busy = false;
      failures = 0;
      drop(batch, !response.ok && { reason: "rejected", status });
      schedule();
    }, retry);
}

/** Waits for Retry-After, or else a random time up to the backoff bound ("full jitter"), then sends again. */
function retry(retryAfter) {
  let wait = delay(retryAfter);
  if (wait < 0) wait = Math.random() * Math.min(config.retryMax, config.retryBase * 2 ** failures);
  failures++;
  setTimeout(() => {
    busy = false;
    flush();
  }, wait);
}

/** Retry-After in milliseconds (delay-seconds or an HTTP date), or -1 when absent or unreadable. */
function delay(header) {
  if (typeof header !== "string" || !header.trim()) return -1;
  const at = isNaN(header) ? Date.parse(header) : Date.now() + header * 1000;
  return isNaN(at) ? -1 : Math.min(LONGEST_WAIT, Math.max(0, at - Date.now()));
}

/** A Segment batch; the write key goes in the body only where no Authorization header can be sent. */
function body(batch, writeKey) {
  const sentAt = new Date().toISOString();
  return JSON.stringify({ batch: batch.map((m) => Object.assign({}, m, { sentAt })), sentAt, writeKey });
}

/**
 * On pagehide, sends everything queued as a text/plain body (a CORS "simple" request: no preflight)
 * that outlives the page. The events stay in localStorage until a response confirms them, so the next
 * page load may send them again: the collector deduplicates by event id.
 */
function leave() {
  if (!config.endpoint || !queue.length) return;
  const url = config.endpoint + "/v1/batch";
  const batch = queue.slice();
  const data = body(batch, config.writeKey);
  const beacon = () => {
    try {
      navigator.sendBeacon(url, data);
    } catch (e) {
      // nothing more can be done before the page goes; the next load sends the events
    }
  };
  try {
    fetch(url, { method: "POST", keepalive: true, headers: { "Content-Type": "text/plain" }, body: data })
      .then((response) => response.ok && drop(batch), beacon);
  } catch (e) {
    beacon();
  }
}

// ---- The dev-mode check: the rules of the generated JSON Schemas ----

export function validateEvent(event, value) {
  if (!has(EVENTS, event)) throw new Error("eventplan: no event " + event);
  return check(EVENTS[event], value, event);
}

export function validateTraits(kind, traits) {
  return kind === "people" ? check(PEOPLE, traits, "identify") : check(COMPANIES, traits, "group");
}

function check(rules, value, event) {
  const found = [];
  checkValue(rules, value, "", (path, rule, limit) => found.push(violation(event, path, rule, limit)));
  return found;
}

/** The message names the broken rule and its limit, e.g. `/attempt: minimum 1`, `/type: enum ["password","sso"]`. */
function violation(event, path, rule, limit) {
  return { event, path, rule, message: (path || "/") + ": " + rule + (limit === undefined ? "" : " " + JSON.stringify(limit)) };
}

function checkValue(rules, value, path, out) {
  const type = rules.type;
  const fail = (rule, limit) => out(path, rule, limit);
  const bound = (size, min, max) => {
    if (size < rules[min]) fail(min, rules[min]);
    if (size > rules[max]) fail(max, rules[max]);
  };
  const typed = type === "integer" ? Number.isInteger(value)
    : type === "number" ? Number.isFinite(value)
    : type === "array" ? Array.isArray(value)
    : typeof value === type && value !== null && !Array.isArray(value); // string, boolean, object
  if (!typed) return fail("type", type);
  if (rules.enum && !rules.enum.includes(value)) fail("enum", rules.enum);
  if (type === "string") {
    bound([...value].length, "minLength", "maxLength"); // code points, as in JSON Schema
    // ECMAScript with the u flag, as in JSON Schema; unanchored: the pattern may match anywhere
    if (rules.pattern && !new RegExp(rules.pattern, "u").test(value)) fail("pattern", rules.pattern);
    // the exact checks of tracking-formats.js, when dev mode has them (too large for the production snippet)
    const formats = config.dev && config.dev.formats;
    if (rules.format && formats && !formats[rules.format](value)) fail("format", rules.format);
  } else if (type === "array") {
    bound(value.length, "minItems", "maxItems");
    value.forEach((item, i) => checkValue(rules.items, item, path + "/" + i, out));
  } else if (type === "object") {
    const properties = rules.properties || {};
    for (const name of rules.required || []) if (!has(value, name)) out(pointer(path, name), "required");
    for (const name of Object.keys(value)) {
      if (value[name] === undefined) continue;
      if (has(properties, name)) checkValue(properties[name], value[name], pointer(path, name), out);
      else out(pointer(path, name), "additionalProperties");
    }
  } else {
    bound(value, "minimum", "maximum");
  }
}

function has(object, name) {
  return {}.hasOwnProperty.call(object, name) && object[name] !== undefined;
}

function pointer(path, name) {
  return path + "/" + name.replace(/~/g, "~0").replace(/\//g, "~1");
}
