// End to end in a real headless Chromium (Debian's chromium, driven by playwright-core; no browser is
// downloaded): the collector jar with an embedded PostgreSQL serves the built login page; a wrong password,
// then the right one; the warehouse then holds one Logged In row for the user and one Login Failed. And a
// login while the collector that receives the events (a second one, on the same database) is killed: the event
// waits in localStorage and arrives once, after a reload, when that collector runs again on the same port.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectorJar, collectorMissing, freePort, planBundle, waitFor, which } from "./e2e/support.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = which("chromium");
const site = join(root, "target", "site");
const skip = !chromium
  ? "chromium is not installed (apt-get install -y chromium)"
  : collectorMissing() ? collectorMissing()
  : !existsSync(join(site, "index.html")) ? "the page is not built (npm run build)" : false;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("log in with a wrong password, then the right one: one Logged In and one Login Failed in the warehouse",
  { skip, timeout: 180_000 }, async (t) => {
    const { base, jdbc, logs, page } = await start(t);
    const requests = [];
    page.on("request", (r) => requests.push({ url: r.url(), body: r.postData() || "" }));
    await page.goto(`${base}/`);
    const pageUrl = page.url();

    await page.getByLabel("E-mail address").fill("ada@example.com");
    await page.getByLabel("Password").fill("wrong-password-1");
    let releaseLogin;
    const held = new Promise((resolve) => (releaseLogin = resolve));
    await page.route("**/demo/login", async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press("Enter");
    // while the server has not answered, the button is disabled and says so
    await page.locator("#submit:disabled", { hasText: "Logging in" }).waitFor();
    releaseLogin();
    await page.getByRole("alert").filter({ hasText: "Wrong e-mail address or password." }).waitFor();
    assert.equal(await page.getByLabel("Password").getAttribute("aria-invalid"), "true");
    mkdirSync(join(root, "target"), { recursive: true });
    await page.screenshot({ path: join(root, "target", "login-e2e-failed.png"), fullPage: true });

    await page.unroute("**/demo/login");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("Welcome, Ada Lovelace. You are logged in.").waitFor();
    await page.screenshot({ path: join(root, "target", "login-e2e.png"), fullPage: true });

    let loggedIn = [];
    let failed = [];
    await waitFor(() => {
      loggedIn = query(jdbc, "select event_id, timestamp, user_id, url, type from logged_in");
      failed = query(jdbc, "select e.event_id, e.user_id, e.url, f.type, f.reason, f.attempt from events e "
        + "join login_failed f on f._event_id = e.event_id");
      return loggedIn.length >= 1 && failed.length >= 1;
    }, 30_000, () => logs.join(""));
    await page.waitForTimeout(500); // anything sent twice would have arrived by now
    loggedIn = query(jdbc, "select event_id, timestamp, user_id, url, type from logged_in");
    failed = query(jdbc, "select e.event_id, e.user_id, e.url, f.type, f.reason, f.attempt from events e "
      + "join login_failed f on f._event_id = e.event_id");

    assert.equal(loggedIn.length, 1, JSON.stringify(loggedIn));
    assert.match(loggedIn[0].event_id, UUID);
    assert.ok(Math.abs(Date.parse(loggedIn[0].timestamp.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00"))
      - Date.now()) < 120_000, loggedIn[0].timestamp);
    assert.equal(loggedIn[0].user_id, "u-ada");
    assert.equal(loggedIn[0].url, pageUrl);
    assert.equal(loggedIn[0].type, "password");
    assert.equal(failed.length, 1, JSON.stringify(failed));
    assert.deepEqual({ ...failed[0], event_id: undefined },
      { event_id: undefined, user_id: null, url: pageUrl, type: "password", reason: "invalid_credentials", attempt: "1" });
    assert.equal(query(jdbc, "select 1 from rejected_events").length, 0);

    // the password is in no URL, no event, no log line
    const everything = JSON.stringify(query(jdbc, "select * from events")) + logs.join("")
      + requests.filter((r) => !r.url.endsWith("/demo/login")).map((r) => r.url + r.body).join("")
      + requests.map((r) => r.url).join("");
    for (const secret of ["wrong-password-1", "demo-password"]) assert.ok(!everything.includes(secret), secret);
  });

test("log in while the collector that receives events is stopped: the Logged In event waits in localStorage and "
  + "arrives after a reload once it is back", { skip, timeout: 180_000 }, async (t) => {
    // the page and its demo login come from one collector, the events go to a second one on the same database
    const began = Date.now();
    const step = (what) => t.diagnostic(`${Date.now() - began} ms: ${what}`);
    const eventsPort = await freePort();
    const { base, jdbc, logs, page } = await start(t, { eventsEndpoint: `http://localhost:${eventsPort}` });
    const eventsEnv = { EVENTPLAN_PORT: String(eventsPort), EVENTPLAN_DB_URL: jdbc, EVENTPLAN_DB_USER: "postgres",
      EVENTPLAN_WRITE_KEYS: "e2e-write-key", EVENTPLAN_ALLOWED_ORIGINS: base };
    let [events] = await Promise.all([collector(t, eventsEnv, logs), page.goto(`${base}/`)]);
    const eventsReady = () => fetch(`http://localhost:${eventsPort}/health/ready`).then((r) => r.status === 200);
    assert.ok(await eventsReady());

    step("both collectors ready, page loaded");
    await events.kill(); // SIGKILL: no goodbye, like a crash
    await page.getByLabel("E-mail address").fill("ada@example.com");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("Welcome, Ada Lovelace. You are logged in.").waitFor();

    step("logged in");
    const queued = () => page.evaluate(() => JSON.parse(localStorage.getItem("eventplan:queue")) || [])
      .then((queue) => queue.filter((m) => m.type === "track" && m.event === "Logged In"));
    let waiting = [];
    await waitFor(async () => (waiting = await queued()).length === 1, 10_000, () => logs.join(""));
    await page.waitForTimeout(1_000); // a failed send has been attempted and retried by now
    waiting = await queued();
    assert.equal(waiting.length, 1, JSON.stringify(waiting));
    assert.equal(waiting[0].userId, "u-ada");
    assert.match(waiting[0].messageId, UUID);
    const loggedInRows = () => query(jdbc, "select event_id, user_id from logged_in where user_id = 'u-ada'");
    assert.deepEqual(loggedInRows(), []);

    step("the event waits in localStorage");
    // a reload while the collector is still down: the event survives in localStorage
    await page.reload();
    await page.waitForTimeout(500);
    assert.deepEqual((await queued()).map((m) => m.messageId), [waiting[0].messageId]);

    events = await collector(t, eventsEnv, logs); // the same port, the same database
    step("the collector is back");
    await page.reload();
    let rows = [];
    await waitFor(() => (rows = loggedInRows()).length >= 1, 20_000, () => logs.join(""));
    await page.waitForTimeout(500); // anything sent twice would have arrived by now
    rows = loggedInRows();
    step("the event arrived");
    assert.deepEqual(rows, [{ event_id: waiting[0].messageId, user_id: "u-ada" }]);
    await waitFor(async () => (await queued()).length === 0, 10_000, () => logs.join(""));
    mkdirSync(join(root, "target"), { recursive: true });
    await page.screenshot({ path: join(root, "target", "login-e2e-outage.png"), fullPage: true });
  });

/**
 * Starts the collector that serves the page, with its embedded PostgreSQL, and Chromium, all stopped when `t`
 * ends. With `eventsEndpoint`, the page sends its events to that collector instead.
 */
async function start(t, { eventsEndpoint } = {}) {
  const [port, dbPort] = [await freePort(), await freePort()];
  const logs = [];
  const base = `http://localhost:${port}`;
  const { chromium: playwright } = await import("playwright-core");
  const [, browser] = await Promise.all([
    collector(t, { EVENTPLAN_PORT: String(port), EVENTPLAN_EMBEDDED_DB_PORT: String(dbPort),
      EVENTPLAN_WRITE_KEYS: "e2e-write-key", EVENTPLAN_DEMO_SITE: site,
      ...(eventsEndpoint ? { EVENTPLAN_DEMO_EVENTS_URL: eventsEndpoint } : {}),
      // browsers send Origin with a same-origin POST too
      EVENTPLAN_ALLOWED_ORIGINS: base }, logs),
    playwright.launch({
      executablePath: chromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"],
    }).then((launched) => {
      t.after(() => launched.close());
      return launched;
    }),
  ]);
  const page = await browser.newPage();
  return { base, jdbc: `jdbc:postgresql://localhost:${dbPort}/postgres`, logs, page };
}

/**
 * Runs the collector jar with `env` in a fresh working directory until it is ready; stopped (SIGTERM) when `t`
 * ends unless killed before. Its output goes to `logs`.
 */
async function collector(t, env, logs) {
  const work = mkdtempSync(join(tmpdir(), "eventplan-e2e-"));
  // a quick start matters more here than peak speed: C1 only, one GC thread
  const child = spawn("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", collectorJar], {
    cwd: work, env: { ...process.env, EVENTPLAN_PLAN_BUNDLE: planBundle, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => logs.push(String(d)));
  child.stderr.on("data", (d) => logs.push(String(d)));
  const exited = new Promise((done) => child.once("exit", done));
  const stop = async (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  t.after(async () => {
    await stop("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  });
  const url = `http://localhost:${env.EVENTPLAN_PORT}/health/ready`;
  const started = Date.now();
  await waitFor(async () => (await fetch(url)).status === 200, 120_000, () => logs.join(""));
  t.diagnostic(`collector on port ${env.EVENTPLAN_PORT} ready in ${Date.now() - started} ms`);
  return { kill: () => stop("SIGKILL") };
}

function query(jdbc, sql) {
  const out = execFileSync("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", collectorJar,
    join(root, "test", "e2e", "WarehouseQuery.java"),
    jdbc, sql], { encoding: "utf8" });
  return out.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}
