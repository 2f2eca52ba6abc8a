// The report page at /report in a real headless Chromium (Debian's chromium, driven by playwright-core): the
// collector jar with an embedded PostgreSQL and a report key; logins of three users sent through /v1/track, one
// user named <script>alert(1)</script>. The table lists them most recent first, the hostile name shows as text
// (no script runs, no element is injected), the chart is drawn and the lookup answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectorMissing, startCollectorAndBrowser, which } from "./e2e/support.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = which("chromium");
const skip = !chromium
  ? "chromium is not installed (apt-get install -y chromium)"
  : collectorMissing() ? collectorMissing() : false;
const WRITE_KEY = "e2e-write-key";
const REPORT_KEY = "e2e-report-key";
const HOSTILE = "<script>alert(1)</script>";

test("the report lists who logged in, most recent first, and shows a hostile name as text",
  { skip, timeout: 180_000 }, async (t) => {
    const { base, page } = await startCollectorAndBrowser(t, { writeKey: WRITE_KEY, reportKey: REPORT_KEY });
    await send(base, "identify", { userId: "ada", traits: { name: "Ada Lovelace", email: "ada@example.com" } });
    await send(base, "identify", { userId: "mallory", traits: { name: HOSTILE, email: "m@example.com" } });
    await send(base, "identify", { userId: "bob", traits: { name: "Bob", email: "bob@example.com" } });
    const now = Date.now();
    const at = (minutesAgo) => new Date(now - minutesAgo * 60_000).toISOString();
    await login(base, "bob", at(90));
    await login(base, "ada", at(60));
    await login(base, "mallory", at(30));
    await login(base, "ada", at(5));

    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const response = await page.goto(`${base}/report`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-security-policy"], /default-src 'self'/);
    assert.equal(response.headers()["x-content-type-options"], "nosniff");
    await page.locator("#users tbody tr").nth(2).waitFor();

    const rows = await page.locator("#users tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
    assert.deepEqual(rows.map((r) => r[1]), ["ada", "mallory", "bob"]);
    assert.deepEqual(rows.map((r) => r[0]), ["1", "2", "3"]);
    const shown = rows.map((r) => Date.parse(r[5].replace(" UTC", "Z").replace(" ", "T")));
    assert.ok(shown[0] > shown[1] && shown[1] > shown[2], JSON.stringify(rows));
    assert.equal(await page.locator("#users thead th").nth(5).textContent(), "Last logged in");

    assert.equal(rows[1][2], HOSTILE);
    assert.equal(await page.locator("#users tbody script").count(), 0);
    assert.equal(await page.locator("body script").count(), 0);
    assert.equal(await page.locator("script").count(), 1); // report.js only
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);

    assert.ok(await page.locator("#chart svg rect.bar").count() >= 30);
    await page.getByLabel("User id").fill("ada");
    await page.getByLabel("Event").selectOption("Logged In");
    await page.getByRole("button", { name: "Look up" }).click();
    await page.locator("#lookup-answer", { hasText: "Yes: ada did Logged In 2 time(s)" }).waitFor();
    mkdirSync(join(root, "target"), { recursive: true });
    await page.screenshot({ path: join(root, "target", "report-e2e.png"), fullPage: true });
  });

async function send(base, type, message) {
  const body = { type, messageId: crypto.randomUUID(), timestamp: new Date().toISOString(), ...message };
  const response = await fetch(`${base}/v1/${type}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Basic " + btoa(`${WRITE_KEY}:`) },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, await response.text());
}

function login(base, userId, timestamp) {
  return send(base, "track", { event: "Logged In", userId, timestamp, properties: { type: "password" },
    context: { page: { url: `${base}/` } } });
}
