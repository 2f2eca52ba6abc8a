// The dev-mode check: the rules of the generated JSON Schemas, reported through onViolation.
import { test, afterEach, mock } from "node:test";
import assert from "node:assert/strict";
import { page, clock, EVERY_TYPE_SNIPPET } from "./browser.mjs";
import { formats } from "../src/generated/tracking-formats.js";

afterEach(() => {
  mock.timers.reset();
});

async function devPage(url, dev = { formats }) {
  clock();
  const browser = page();
  const snippet = await browser.load(url);
  const violations = [];
  snippet.init({ writeKey: "wk", endpoint: "https://collector.example.com", dev: { ...dev, onViolation: (v) => violations.push(v) } });
  return { browser, snippet, violations };
}

const rules = (violations) => violations.map((v) => `${v.rule} ${v.path}`);

test("a call that matches the plan reports nothing", async () => {
  const { snippet, violations } = await devPage();
  snippet.identify("u_42", { email: "ada@example.com", name: "Ada", role: "member" });
  snippet.trackLoggedIn({ type: "password" });
  snippet.trackLoginFailed({ type: "sso", reason: "sso_error", attempt: 100 });
  snippet.group("c_1", { name: "Acme", employees: 0, created_at: "2024-01-31T23:59:59+01:00" });
  assert.deepEqual(violations, []);
});

test("reports each broken rule with its event, JSON Pointer, rule and message", async () => {
  const { browser, snippet, violations } = await devPage();
  snippet.trackLoggedIn({ type: "pasword" }); // no identify yet: user_id is missing too
  assert.deepEqual(violations, [
    { event: "Logged In", path: "/user_id", rule: "required", message: "/user_id: required" },
    { event: "Logged In", path: "/type", rule: "enum", message: '/type: enum ["password","sso","magic_link"]' },
  ]);
  assert.equal(JSON.parse(browser.storage.get("eventplan:queue")).length, 1, "the event is sent all the same");

  violations.length = 0;
  snippet.identify("u_42", { name: "x".repeat(201), role: null, age: 3 });
  assert.deepEqual(rules(violations), ["required /email", "maxLength /name", "type /role", "additionalProperties /age"]);
  assert.ok(violations.every((v) => v.event === "identify"));

  violations.length = 0;
  snippet.trackLoginFailed({ type: "sso", reason: "sso_error", attempt: 0, user_id: "u_1" });
  snippet.trackLoginFailed({ type: "sso", attempt: 1.5 });
  assert.deepEqual(rules(violations), [
    "additionalProperties /user_id", // filled in by the snippet, never passed
    "minimum /attempt",
    "required /reason",
    "type /attempt",
  ]);
});

test("validateEvent and validateTraits judge an envelope the collector would get", async () => {
  const { snippet } = await devPage();
  const envelope = { event_id: "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", timestamp: "2026-11-25T10:00:00Z",
    user_id: "u_42", url: "https://app.example.com/login", type: "password" };
  assert.deepEqual(snippet.validateEvent("Logged In", envelope), []);
  assert.deepEqual(rules(snippet.validateEvent("Logged In", { ...envelope, event: "Logged In", url: "/login" })),
    ["format /url", "additionalProperties /event"]);
  assert.deepEqual(rules(snippet.validateEvent("Logged In", [])), ["type "]);
  assert.deepEqual(rules(snippet.validateTraits("companies", { name: "Acme", employees: -1 })), ["minimum /employees"]);
  assert.throws(() => snippet.validateEvent("Logged Inn", envelope), /no event Logged Inn/);
});

const VALID = {
  event_id: "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", timestamp: "2024-05-01T09:30:00Z", user_id: "u1",
  app_version: "2.1", class: "economy", default: false, order: 3,
};

test("every type and constraint, on the every-type plan", async () => {
  const { snippet } = await devPage(EVERY_TYPE_SNIPPET);
  const check = (changes) => rules(snippet.validateEvent("Order Completed", { ...VALID, ...changes }));

  assert.deepEqual(check({}), []);
  const valid = {
    "größe": "😀😀😀", // three code points, six UTF-16 units
    user: "ada.lovelace@example.com", // the pattern matches inside the value
    order: 1.0, select: -0.5, ratio: 1, count: -9007199254740991, amount: 1e308,
    birthday: "2024-02-29", session_id: "0B6F3A52-7D3C-4E5B-9A8E-2F1C0D4B5A69",
    homepage: "https://example.com/", tags: ["red", "green", "red"], lines: [],
    address: { city: "Paris", geo: { lat: 90 } }, legacy_code: "X", placed_at: "2024-05-01T11:30:00.123+02:00",
    "名前": "Ada", "first-name": "Ada", ["__proto__"]: "x", level: 2,
  };
  assert.deepEqual(check(valid), []);

  const broken = [
    [{ "größe": "😀" }, "minLength /größe"],
    [{ "größe": "😀😀😀😀" }, "maxLength /größe"],
    [{ code: "ab123" }, "pattern /code"],
    [{ user: "ada@example.org" }, "pattern /user"],
    [{ order: 0 }, "minimum /order"],
    [{ order: 2.5 }, "type /order"],
    [{ select: 100 }, "maximum /select"],
    [{ count: 2 ** 53 }, "maximum /count"],
    [{ ratio: 2 }, "enum /ratio"],
    [{ level: 4 }, "enum /level"],
    [{ default: "false" }, "type /default"],
    [{ class: null }, "type /class"],
    [{ birthday: "2023-02-29" }, "format /birthday"],
    [{ placed_at: "2024-05-01 09:30:00Z" }, "format /placed_at"],
    [{ placed_at: "2024-05-01T09:30:00" }, "format /placed_at"],
    [{ session_id: "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a6" }, "format /session_id"],
    [{ homepage: "http://example.com/" }, "pattern /homepage"],
    [{ url: "/checkout" }, "format /url"],
    [{ tags: [] }, "minItems /tags"],
    [{ tags: ["red", "blue"] }, "enum /tags/1"],
    [{ tags: ["red", "red", "red", "red"] }, "maxItems /tags"],
    [{ lines: [{ sku: "A", quantity: 1, color: "red" }] }, "additionalProperties /lines/0/color"],
    [{ lines: [{ sku: "A" }] }, "required /lines/0/quantity"],
    [{ address: { city: "Paris", geo: {} } }, "required /address/geo/lat"],
    [{ "a/b~c": 1 }, "additionalProperties /a~1b~0c"],
  ];
  for (const [changes, expected] of broken) {
    assert.deepEqual(check({ ...valid, ...changes }), [expected], JSON.stringify(changes));
  }
});

test("without the formats of tracking-formats.js the dev-mode check skips formats, and checks the rest", async () => {
  const { snippet } = await devPage(undefined, {});
  const envelope = { event_id: "not-a-uuid", timestamp: "yesterday", user_id: "u_42", url: "/login", type: "pasword" };
  assert.deepEqual(rules(snippet.validateEvent("Logged In", envelope)), ["enum /type"]);
});

test("the formats of tracking-formats.js are the format patterns of docs/event-envelope.md", () => {
  const cases = {
    "date-time": [["2016-12-31T23:59:59Z", true], ["2016-12-31T23:59:60Z", false], ["2024-01-31T12:00:00.5z", true],
      ["2024-01-31T12:00:00.Z", false], ["2023-02-29T00:00:00Z", false], ["2024-01-31 12:00:00Z", false],
      ["2024-01-31T12:00:00+23:59", true], ["2024-01-31T12:00:00+24:00", false]],
    date: [["2024-02-29", true], ["+02024-02-29", false], ["2023-02-29", false], ["2024-1-01", false], ["2000-02-29", true],
      ["1900-02-29", false]],
    uuid: [["0B6F3A52-7D3C-4E5B-9A8E-2F1C0D4B5A69", true], ["urn:uuid:0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", false]],
    uri: [["https://example.com/a?b=c#d", true], ["mailto:ada@example.com", true], ["https://", false], ["https:", false],
      ["//example.com", false], ["https://example.com/ä", false], ["http://example.com/%zz", false],
      ["https://example.com/?q=[1]", false], ["https://[::1]:8443/", true], ["https://exa_mple.com/", true],
      ["https://example.com/<b>", false], ["https://example.com#a#b", false], ["file:///etc/hosts", true]],
    email: [["ada@example.com", true], ["ada@example.invalidtld", true], ["\"ada lovelace\"@example.com", false],
      ["ada..lovelace@example.com", true], ["ada@[IPv6:2001:db8::1]", false], ["ada@[127.0.0.1]", false],
      ["ada@bücher.de", false], ["ada@localhost", true], ["ada@example.com.", false], ["a".repeat(65) + "@example.com", true]],
  };
  for (const [format, examples] of Object.entries(cases)) {
    for (const [text, valid] of examples) assert.equal(formats[format](text), valid, `${format} ${JSON.stringify(text)}`);
  }
});

test("the one rule of JavaScript judges: a number is read as its double", async () => {
  // docs/event-envelope.md: JSON.parse rounds 1.0000000000000000001 to 1, so the snippet (like ajv) judges the
  // double, an integer within bounds, where the Java validators and networknt judge the written value, not an
  // integer. A JavaScript sender cannot write such a number: JSON.stringify writes a double's shortest text.
  const { snippet } = await devPage(EVERY_TYPE_SNIPPET);
  const envelope = { ...VALID, ...JSON.parse('{"order": 1.0000000000000000001}') };
  assert.equal(envelope.order, 1);
  assert.deepEqual(rules(snippet.validateEvent("Order Completed", envelope)), []);
  assert.equal(JSON.stringify(envelope.order), "1");
});
