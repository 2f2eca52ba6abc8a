// The plan health page at /report/health in a real headless Chromium (Debian's chromium, driven by playwright-core):
// the collector jar serving the root plan, with an embedded PostgreSQL and a report key; a known mix sent through
// /v1/track: accepted and refused logins from two releases of a library, and an event the plan does not have whose
// payload carries <script>alert(1)</script>. Every table shows the right rows, and the payload shows as text.
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

test("the plan health page shows accepted, refused, unplanned and never received events",
  { skip, timeout: 180_000 }, async (t) => {
    const { base, page } = await startCollectorAndBrowser(t, { chromium, writeKey: WRITE_KEY, reportKey: REPORT_KEY });
    const send = async (event, properties, library, status) => {
      const body = { type: "track", event, messageId: crypto.randomUUID(), userId: "ada",
        timestamp: new Date().toISOString(), properties, context: { page: { url: `${base}/` }, library } };
      const response = await fetch(`${base}/v1/track`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Basic " + btoa(`${WRITE_KEY}:`) },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, status, await response.text());
    };
    const newer = { name: "analytics.js", version: "2.1.0" };
    const older = { name: "analytics.js", version: "2.0.0" };
    await send("Logged In", { type: "password" }, newer, 200);
    await send("Logged In", { type: "sso" }, newer, 200);
    await send("Logged In", { type: "fingerprint" }, older, 400);
    await send("Rocket Launched", { note: HOSTILE }, older, 400);

    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const response = await page.goto(`${base}/report/health`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-security-policy"], /script-src 'self'/);
    await page.locator("#status", { hasText: "Updated" }).waitFor();

    const table = (id) => page.locator(`#${id} tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
    const titles = await page.locator("#plan-health thead th").allTextContents();
    const planHealth = await table("plan-health");
    const loggedIn = planHealth.find((r) => r[0] === "Logged In");
    assert.equal(loggedIn[titles.indexOf("accepted total")], "2");
    assert.equal(loggedIn[titles.indexOf("refused total")], "1");
    assert.equal(loggedIn[titles.indexOf("refused share")], "33.3 %");
    assert.equal(planHealth[0][0], "Logged In", "most refused first");

    assert.deepEqual((await table("refusals")).map((r) => r.slice(0, 4)),
      [["Logged In", "yes", "enum", "/type"], ["Rocket Launched", "no", "unknownEvent", "/event"]]);
    const unplanned = await table("unplanned");
    assert.equal(unplanned.length, 1);
    assert.equal(unplanned[0][0], "Rocket Launched");
    assert.ok(unplanned[0].at(-1).includes(HOSTILE), "the example payload, as text");
    assert.deepEqual((await table("unreceived")).map((r) => r[0]),
      ["Feature Used", "Logged Out", "Login Failed", "Signed Up"]);
    assert.deepEqual(await table("deprecated"), [["None."]]);
    const sources = (await table("sources")).map((r) => r.slice(0, 5).join(" ") + " " + r.slice(5).join("/"));
    assert.ok(sources.includes("Logged In yes " + (await planVersion(base)) + " analytics.js 2.0.0 0/0/0/1/1/1"),
      JSON.stringify(sources));

    assert.equal(await page.locator("main script").count(), 0);
    assert.equal(await page.locator("script").count(), 1); // health.js only
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    mkdirSync(join(root, "target"), { recursive: true });
    await page.screenshot({ path: join(root, "target", "health-e2e.png"), fullPage: true });
  });

/** The version of the plan the collector serves, from the health API. */
async function planVersion(base) {
  const response = await fetch(`${base}/report/api/health`,
    { headers: { Authorization: "Basic " + btoa(`report:${REPORT_KEY}`) } });
  return String((await response.json()).plan.version);
}
