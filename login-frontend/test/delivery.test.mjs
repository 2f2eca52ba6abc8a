// Delivery: batching, retries with backoff and Retry-After, drops, persistence and the pagehide flush.
import { test, afterEach, mock } from "node:test";
import assert from "node:assert/strict";
import { page, clock, settle, response, START } from "./browser.mjs";

const OPTIONS = { writeKey: "wk_test", endpoint: "https://collector.example.com", batchSize: 3, flushInterval: 1000 };

afterEach(() => {
  mock.timers.reset();
  mock.restoreAll();
});

test("sends a batch after flushInterval, or at once when batchSize events are queued", async () => {
  const timers = clock();
  const browser = page();
  const snippet = await browser.load();
  snippet.init(OPTIONS);

  snippet.trackLoggedOut();
  snippet.trackLoggedOut({ reason: "manual" });
  timers.tick(999);
  assert.equal(browser.requests.length, 0, "nothing before flushInterval");
  timers.tick(1);
  assert.equal(browser.requests.length, 1);
  assert.equal(browser.bodies()[0].batch.length, 2);
  await settle();

  for (let i = 0; i < 3; i++) snippet.trackLoginFailed({ type: "password", reason: "invalid_credentials", attempt: i + 1 });
  assert.equal(browser.requests.length, 2, "the third event sends at once");
  assert.deepEqual(browser.bodies()[1].batch.map((m) => m.properties.attempt), [1, 2, 3]);
});

test("posts Segment batches to /v1/batch with HTTP Basic authentication", async () => {
  clock();
  const browser = page();
  const snippet = await browser.load();
  snippet.init(OPTIONS);
  snippet.trackLoginFailed({ type: "sso", reason: "sso_error" });
  snippet.flush();

  const { url, init } = browser.requests[0];
  assert.equal(url, "https://collector.example.com/v1/batch");
  assert.equal(init.method, "POST");
  assert.equal(init.headers["Content-Type"], "application/json");
  assert.equal(init.headers.Authorization, "Basic " + Buffer.from("wk_test:").toString("base64"));
  const body = JSON.parse(init.body);
  assert.equal(body.writeKey, undefined, "the key travels in the header here");
  assert.equal(body.sentAt, new Date(START).toISOString());
  const [message] = body.batch;
  assert.equal(message.type, "track");
  assert.equal(message.event, "Login Failed");
  assert.deepEqual(message.properties, { type: "sso", reason: "sso_error" });
  assert.equal(message.sentAt, body.sentAt);
  assert.deepEqual(message.context, { page: { url: "https://app.example.com/login?next=%2F" } });
});

test("retries network errors, 5xx, 408 and 429 after a random delay up to a doubling bound", async () => {
  const timers = clock();
  const browser = page();
  mock.method(Math, "random", () => 0.5);
  browser.responses.push(new TypeError("Failed to fetch"), response(500), response(408), response(429), response(503));
  const snippet = await browser.load();
  snippet.init({ ...OPTIONS, retryBase: 1000, retryMax: 6000 });
  snippet.trackLoggedOut();
  snippet.flush();

  // with random() = 0.5 the waits are half the bounds 1000, 2000, 4000, 6000 (capped), 6000
  for (const wait of [500, 1000, 2000, 3000, 3000]) {
    const sent = browser.requests.length;
    await settle();
    timers.tick(wait - 1);
    assert.equal(browser.requests.length, sent, `no retry before ${wait} ms`);
    timers.tick(1);
    assert.equal(browser.requests.length, sent + 1, `a retry after ${wait} ms`);
  }
  await settle();
  assert.equal(browser.requests.length, 6);
  const ids = browser.bodies().map((b) => b.batch[0].messageId);
  assert.equal(new Set(ids).size, 1, "every retry sends the same event id");
});

test("the jitter spans the whole interval from 0 to the bound", async () => {
  for (const [random, wait] of [[0, 0], [0.999, 999]]) {
    const timers = clock();
    const browser = page();
    mock.method(Math, "random", () => random);
    browser.responses.push(response(502));
    const snippet = await browser.load();
    snippet.init({ ...OPTIONS, retryBase: 1000 });
    snippet.trackLoggedOut();
    snippet.flush();
    await settle();
    if (wait > 0) {
      timers.tick(wait - 1);
      assert.equal(browser.requests.length, 1);
    }
    timers.tick(1);
    assert.equal(browser.requests.length, 2, `random() = ${random} retries after ${wait} ms`);
    mock.timers.reset();
    mock.restoreAll();
  }
});

test("honours Retry-After in seconds and as an HTTP date", async () => {
  const timers = clock();
  const browser = page();
  mock.method(Math, "random", () => 0);
  const inNineSeconds = new Date(START + 7000 + 9000).toUTCString();
  browser.responses.push(response(429, { "Retry-After": "7" }), response(503, { "Retry-After": inNineSeconds }));
  const snippet = await browser.load();
  snippet.init(OPTIONS);
  snippet.trackLoggedOut();
  snippet.flush();

  await settle();
  timers.tick(6999);
  assert.equal(browser.requests.length, 1, "waits the 7 seconds of Retry-After, not the backoff");
  timers.tick(1);
  assert.equal(browser.requests.length, 2);
  await settle();
  timers.tick(8999);
  assert.equal(browser.requests.length, 2, "waits until the date of Retry-After");
  timers.tick(1);
  assert.equal(browser.requests.length, 3);
});

test("drops a batch the collector rejects with 400, reports it, and does not retry", async () => {
  const timers = clock();
  const browser = page();
  const drops = [];
  browser.responses.push(response(400));
  const snippet = await browser.load();
  snippet.init({ ...OPTIONS, onDrop: (drop) => drops.push(drop) });
  snippet.trackLoggedOut();
  snippet.trackLoggedOut();
  snippet.flush();
  await settle();
  timers.tick(600_000);
  await settle();

  assert.equal(browser.requests.length, 1);
  assert.deepEqual(drops, [{ reason: "rejected", status: 400, count: 2 }]);
  assert.equal(browser.storage.get("eventplan:queue"), "[]");

  snippet.trackLoggedOut(); // the next event goes out normally
  timers.tick(1000);
  assert.equal(browser.requests.length, 2);
});

test("unsent events survive a reload and are sent by the next page", async () => {
  const timers = clock();
  const first = page();
  first.respond = () => new TypeError("Failed to fetch");
  const before = await first.load();
  before.init(OPTIONS);
  before.identify("u_42", { email: "ada@example.com" });
  before.trackLoggedIn({ type: "password" });
  before.flush();
  await settle();
  const stored = JSON.parse(first.storage.get("eventplan:queue"));
  assert.deepEqual(stored.map((m) => m.type), ["identify", "track"]);
  mock.timers.reset();

  // the reload: same localStorage, a fresh module, a collector that is back
  clock();
  const second = page({ storage: first.storage });
  const after = await second.load();
  after.init(OPTIONS);
  mock.timers.tick(1000);
  assert.equal(second.requests.length, 1);
  assert.deepEqual(second.bodies()[0].batch.map((m) => m.messageId), stored.map((m) => m.messageId));
  await settle();
  assert.equal(second.storage.get("eventplan:queue"), "[]", "forgotten once the collector has them");
  void timers;
});

test("keeps at most maxQueue events, dropping the oldest", async () => {
  clock();
  const browser = page();
  const drops = [];
  const snippet = await browser.load();
  snippet.init({ ...OPTIONS, batchSize: 100, maxQueue: 3, onDrop: (drop) => drops.push(drop) });
  for (let attempt = 1; attempt <= 5; attempt++) snippet.trackLoginFailed({ type: "password", reason: "unknown_user", attempt });

  const stored = JSON.parse(browser.storage.get("eventplan:queue"));
  assert.deepEqual(stored.map((m) => m.properties.attempt), [3, 4, 5]);
  assert.deepEqual(drops, [{ reason: "overflow", count: 1 }, { reason: "overflow", count: 1 }]);
});

test("on pagehide, flushes with a keepalive fetch of a text/plain body carrying the write key", async () => {
  clock();
  const browser = page();
  const snippet = await browser.load();
  snippet.init(OPTIONS);
  snippet.trackLoggedIn({ type: "magic_link" });
  browser.fire("pagehide");

  assert.equal(browser.requests.length, 1);
  const { url, init } = browser.requests[0];
  assert.equal(url, "https://collector.example.com/v1/batch");
  assert.equal(init.keepalive, true);
  assert.deepEqual(init.headers, { "Content-Type": "text/plain" }, "no Authorization: a simple request, no preflight");
  const body = JSON.parse(init.body);
  assert.equal(body.writeKey, "wk_test");
  assert.equal(body.batch[0].event, "Logged In");
  assert.equal(browser.beacons.length, 0);
  await settle();
  assert.equal(browser.storage.get("eventplan:queue"), "[]", "forgotten when the page lived to see the answer");
});

test("on pagehide, falls back to sendBeacon when fetch throws or rejects", async () => {
  for (const failure of ["throws", "rejects"]) {
    clock();
    const browser = page();
    const snippet = await browser.load();
    snippet.init(OPTIONS);
    snippet.trackLoggedOut({ reason: "session_expired" });
    globalThis.fetch = failure === "throws"
      ? () => { throw new TypeError("keepalive is not supported"); }
      : () => Promise.reject(new TypeError("body too large for keepalive"));
    browser.fire("pagehide");
    await settle();

    assert.equal(browser.beacons.length, 1, `a beacon when fetch ${failure}`);
    const { url, data } = browser.beacons[0];
    assert.equal(url, "https://collector.example.com/v1/batch");
    assert.equal(typeof data, "string", "a string body: sendBeacon sends it as text/plain");
    assert.equal(JSON.parse(data).writeKey, "wk_test");
    assert.equal(JSON.parse(data).batch[0].properties.reason, "session_expired");
    assert.equal(JSON.parse(browser.storage.get("eventplan:queue")).length, 1, "kept until confirmed");
    mock.timers.reset();
  }
});

test("events tracked before init wait for it", async () => {
  const timers = clock();
  const browser = page();
  const snippet = await browser.load();
  snippet.trackLoggedOut();
  timers.tick(5000);
  assert.equal(browser.requests.length, 0);
  snippet.init(OPTIONS);
  timers.tick(1000);
  assert.equal(browser.requests.length, 1);
});
