// The envelope the snippet fills in: event_id, timestamp, url, the user after identify, the anonymous id.
import { test, afterEach, mock } from "node:test";
import assert from "node:assert/strict";
import { page, clock, define, START, UUID_V4 } from "./browser.mjs";

const OPTIONS = { writeKey: "wk_test", endpoint: "https://collector.example.com" };

afterEach(() => {
  mock.timers.reset();
  mock.restoreAll();
});

/** The messages queued so far, as stored in localStorage. */
function queued(browser) {
  return JSON.parse(browser.storage.get("eventplan:queue"));
}

test("fills event_id (a v4 UUID), an ISO timestamp and the page url", async () => {
  clock();
  const browser = page({ href: "https://app.example.com/login#top" });
  const snippet = await browser.load();
  snippet.init(OPTIONS);
  mock.timers.tick(1234);
  snippet.trackLoginFailed({ type: "password", reason: "invalid_credentials" });

  const [m] = queued(browser);
  assert.match(m.messageId, UUID_V4);
  assert.equal(m.timestamp, "2026-11-25T10:00:01.234Z");
  assert.deepEqual(m.context, { page: { url: "https://app.example.com/login#top" } });
  assert.equal(m.userId, undefined, "no user before identify");
  assert.deepEqual(m.properties, { type: "password", reason: "invalid_credentials" });
  assert.notEqual(queued(browser)[0].messageId, (snippet.trackLoggedOut(), queued(browser)[1].messageId));
});

test("without crypto.randomUUID (a non-secure origin) event ids come from getRandomValues", async () => {
  clock();
  const browser = page();
  const real = globalThis.crypto;
  define("crypto", { getRandomValues: (bytes) => bytes.fill(0xff) });
  try {
    const snippet = await browser.load();
    snippet.trackLoggedOut();
    const [m] = queued(browser);
    assert.equal(m.messageId, "ffffffff-ffff-4fff-bfff-ffffffffffff", "version and variant bits set");
    define("crypto", { getRandomValues: (bytes) => real.getRandomValues(bytes) });
    snippet.trackLoggedOut();
    assert.match(queued(browser)[1].messageId, UUID_V4);
  } finally {
    define("crypto", real);
  }
});

test("after identify, events carry the user, also after a reload; reset forgets it", async () => {
  clock();
  const browser = page();
  const snippet = await browser.load();
  snippet.init(OPTIONS);
  snippet.trackLoginFailed({ type: "password", reason: "unknown_user" });
  snippet.identify("u_42", { email: "ada@example.com", role: "admin" });
  snippet.trackLoggedIn({ type: "password" });

  const [failed, identify, loggedIn] = queued(browser);
  assert.equal(failed.userId, undefined);
  assert.deepEqual(identify, { ...identify, type: "identify", userId: "u_42", traits: { email: "ada@example.com", role: "admin" } });
  assert.equal(loggedIn.userId, "u_42");
  assert.equal(failed.anonymousId, loggedIn.anonymousId);
  assert.match(failed.anonymousId, UUID_V4);

  const reloaded = page({ storage: browser.storage });
  const next = await reloaded.load();
  next.trackLoggedOut({ reason: "manual" });
  const afterReload = queued(reloaded).at(-1);
  assert.equal(afterReload.userId, "u_42");
  assert.equal(afterReload.anonymousId, failed.anonymousId, "the anonymous id is persisted");

  next.reset();
  next.trackLoginFailed({ type: "sso", reason: "sso_error" });
  const afterReset = queued(reloaded).at(-1);
  assert.equal(afterReset.userId, undefined);
  assert.notEqual(afterReset.anonymousId, failed.anonymousId);
});

test("group sends the company and its traits", async () => {
  clock();
  const browser = page();
  const snippet = await browser.load();
  snippet.identify("u_42", { email: "ada@example.com" });
  snippet.group("c_7", { name: "Acme", plan: "team", employees: 12 });
  const m = queued(browser)[1];
  assert.equal(m.type, "group");
  assert.equal(m.groupId, "c_7");
  assert.equal(m.userId, "u_42");
  assert.deepEqual(m.traits, { name: "Acme", plan: "team", employees: 12 });
});

test("properties are sent as JSON has them: undefined members left out, dates as text", async () => {
  clock();
  const browser = page();
  const snippet = await browser.load();
  const props = { type: "password", reason: "account_locked", attempt: undefined };
  snippet.trackLoginFailed(props);
  props.reason = "changed later";
  assert.deepEqual(queued(browser)[0].properties, { type: "password", reason: "account_locked" });
  void START;
});
