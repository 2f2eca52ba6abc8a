// Segment's own browser library, @segment/analytics-next 1.84.3 (pinned in package.json, unchanged), in a real
// headless Chromium (Debian's chromium through playwright-core; no browser is downloaded), sending to the collector
// jar that serves the root plan, from a page on another origin (real CORS). Each test asserts warehouse rows:
// settings fetched from the collector (cdnURL), settings given inline, batching, a retry after the collector was
// unreachable (delivered exactly once), and a page that sends through the typed calls generated for analytics-next.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import {
  collectorMissing, freePort, launchChromium, openWarehouse, runCollector, waitFor, which,
} from "./e2e/support.mjs";
import { startProxy } from "./e2e/tcp-proxy.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const skip = !which("chromium") ? "chromium is not installed (apt-get install -y chromium)" : collectorMissing();
const WRITE_KEY = "next-write-key";
const PAGES = join(root, "target", "analytics-next-e2e");

let env; // what before() started: collector, proxy, page server, browser
const cleanups = []; // stops what before() started, last first
const hooks = { after: (fn) => cleanups.push(fn) };
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

before(async () => {
  if (skip) return;
  const [collectorPort, dbPort, pagePort] = [await freePort(), await freePort(), await freePort()];
  const pages = `http://127.0.0.1:${pagePort}`;
  const logs = [];
  await Promise.all([bundlePages(), runCollector(hooks, {
    EVENTPLAN_PORT: String(collectorPort), EVENTPLAN_EMBEDDED_DB_PORT: String(dbPort),
    EVENTPLAN_WRITE_KEYS: WRITE_KEY, EVENTPLAN_ALLOWED_ORIGINS: pages,
  }, logs)]);
  const proxy = await startProxy(collectorPort);
  hooks.after(() => proxy.close());
  const server = await servePages(pagePort);
  hooks.after(() => new Promise((done) => server.close(done)));
  const browser = await launchChromium(hooks);
  const warehouse = openWarehouse(hooks, `jdbc:postgresql://localhost:${dbPort}/postgres`);
  env = { pages, logs, proxy, browser, warehouse, collector: `http://127.0.0.1:${proxy.port}` };
}, { timeout: 180_000 });

test("settings fetched from the collector: identify, group and track land in the warehouse",
  { skip, timeout: 120_000 }, async (t) => {
    const began = Date.now();
    const step = (what) => t.diagnostic(`${Date.now() - began} ms: ${what}`);
    const { page, requests } = await open("/browser.html");
    step("page open");
    const user = "next-cdn-user";
    await page.evaluate(async ({ writeKey, collector, user }) => {
      const analytics = window.AnalyticsBrowser.load({ writeKey, cdnURL: collector });
      await analytics;
      await analytics.identify(user, { email: "cdn@example.com", name: "Cdn User", company_id: "next-cdn-co" });
      await analytics.track("Logged In", { type: "sso" });
      await analytics.group("next-cdn-co", { name: "Cdn Co", employees: 12 });
    }, { writeKey: WRITE_KEY, collector: env.collector, user });
    step("calls sent");

    const settings = requests.filter((r) => r.url.endsWith(`/v1/projects/${WRITE_KEY}/settings`));
    assert.deepEqual(settings.map((r) => r.status), [200]);
    await waitForRows(`select count(*) as n from companies where company_id = 'next-cdn-co'`, 1);
    step("rows there");
    assert.deepEqual(await query(`select e.user_id, l.type, l.url from events e join logged_in l on l._event_id = e.event_id
      where e.user_id = '${user}'`), [{ user_id: user, type: "sso", url: page.url() }]);
    assert.deepEqual(await query(`select p.email, p.company_id, c.name, c.employees from people p join companies c
      using (company_id) where p.user_id = '${user}'`),
    [{ email: "cdn@example.com", company_id: "next-cdn-co", name: "Cdn Co", employees: "12" }]);
    assert.equal((await query(`select count(*) as n from aliases where user_id = '${user}'`))[0].n, "1",
      "identify's anonymousId is linked to the user");
    assert.deepEqual(await rejected(), []);
    const posts = requests.filter((r) => r.method === "POST").map((r) => `${new URL(r.url).pathname} ${r.status}`);
    assert.deepEqual(posts.sort(), ["/v1/g 200", "/v1/i 200", "/v1/t 200"]);
  });

test("settings given inline, telemetry pointed at the collector: events arrive, /v1/m is counted",
  { skip, timeout: 120_000 }, async () => {
    const { page, requests } = await open("/browser.html");
    const user = "next-inline-user";
    const apiHost = `${new URL(env.collector).host}/v1`;
    const countedBefore = await seriesCounted();
    await page.evaluate(async ({ writeKey, apiHost, user }) => {
      const analytics = window.AnalyticsBrowser.load({
        writeKey,
        cdnSettings: {
          integrations: { "Segment.io": { apiKey: writeKey, apiHost, protocol: "http" } },
          metrics: { host: apiHost, sampleRate: 1, flushTimer: 200 },
        },
      }, { integrations: { "Segment.io": { apiHost, protocol: "http" } } });
      await analytics.identify(user, { email: "inline@example.com" });
      await analytics.track("Feature Used", { feature: "api_keys" });
      await analytics.track("Logged Out", { reason: "manual" });
    }, { writeKey: WRITE_KEY, apiHost, user });

    await waitForRows(`select count(*) as n from events where user_id = '${user}'`, 2);
    assert.deepEqual(await query(`select event_name from events where user_id = '${user}' order by event_name`),
      [{ event_name: "Feature Used" }, { event_name: "Logged Out" }]);
    assert.equal(requests.filter((r) => r.url.includes("/settings")).length, 0, "no settings request");
    await waitFor(async () => (await seriesCounted()) > countedBefore, 30_000, () => env.logs.join(""));
    // the collector counts the telemetry before the browser reports its answer: wait for that too
    await waitFor(() => requests.some((r) => r.url.endsWith("/v1/m") && r.status === 200), 30_000,
      () => `telemetry answered 200: ${JSON.stringify(requests.filter((r) => r.url.endsWith("/v1/m")))}`);
    assert.deepEqual(await rejected(), []);
  });

test("batching: calls go to /v1/b in batches and each lands once", { skip, timeout: 120_000 }, async () => {
  const { page, requests } = await open("/browser.html");
  const user = "next-batch-user";
  const apiHost = `${new URL(env.collector).host}/v1`;
  await page.evaluate(async ({ writeKey, apiHost, user }) => {
    const analytics = window.AnalyticsBrowser.load(
      { writeKey, cdnSettings: { integrations: { "Segment.io": { apiKey: writeKey, apiHost, protocol: "http" } } } },
      { integrations: { "Segment.io": { deliveryStrategy: { strategy: "batching", config: { size: 3, timeout: 300 } } } } });
    await analytics;
    analytics.identify(user, { email: "batch@example.com" });
    for (const feature of ["dashboard", "report_export", "csv_import", "team_invite"]) {
      analytics.track("Feature Used", { feature, surface: "web" });
    }
  }, { writeKey: WRITE_KEY, apiHost, user });

  await waitForRows(`select count(*) as n from feature_used where user_id = '${user}'`, 4);
  // the identify and the four tracks, in batches of about three (the size triggers a flush, it is no cap)
  const sent = () => requests.filter((r) => r.path === "/v1/b" && r.status === 200)
    .reduce((n, r) => n + JSON.parse(r.body).batch.length, 0);
  await waitFor(() => sent() === 5, 30_000, () => JSON.stringify(requests));
  const batches = requests.filter((r) => r.path === "/v1/b");
  assert.ok(batches.length >= 2, JSON.stringify(batches));
  assert.deepEqual([...new Set(batches.map((r) => r.status))], [200]);
  assert.equal(requests.filter((r) => ["/v1/t", "/v1/i"].includes(r.path)).length, 0, "nothing outside batches");
  assert.deepEqual((await query(`select feature from feature_used where user_id = '${user}' order by feature`)).map((r) => r.feature),
    ["csv_import", "dashboard", "report_export", "team_invite"]);
  assert.equal((await query(`select count(*) as n from people where user_id = '${user}'`))[0].n, "1");
  assert.deepEqual(await rejected(), []);
});

test("a retry after the collector was unreachable: the event is delivered once, with X-Retry-Count",
  { skip, timeout: 120_000 }, async (t) => {
    const { page, requests } = await open("/browser.html");
    const user = "next-retry-user";
    const apiHost = `${new URL(env.collector).host}/v1`;
    await page.evaluate(async ({ writeKey, apiHost, user }) => {
      window.analytics = window.AnalyticsBrowser.load({ writeKey,
        cdnSettings: { integrations: { "Segment.io": { apiKey: writeKey, apiHost, protocol: "http" } } } });
      await window.analytics.identify(user, { email: "retry@example.com" });
    }, { writeKey: WRITE_KEY, apiHost, user });

    env.proxy.refuse();
    t.after(() => env.proxy.accept());
    await page.evaluate(() => window.analytics.track("Logged In", { type: "magic_link" }));
    // the first attempt failed in the browser, and nothing arrived
    await waitFor(() => requests.some((r) => r.path === "/v1/t" && r.failure), 30_000, () => JSON.stringify(requests));
    assert.deepEqual(await query(`select * from events where user_id = '${user}'`), []);

    env.proxy.accept();
    await waitForRows(`select count(*) as n from logged_in where user_id = '${user}'`, 1);
    const answered = () => requests.filter((r) => r.path === "/v1/t" && r.status);
    await waitFor(() => answered().length > 0, 10_000, () => JSON.stringify(requests));
    assert.deepEqual(answered().map((r) => r.status), [200], "one answer, after the failures");
    assert.ok(Number(answered()[0].headers["x-retry-count"]) >= 1, JSON.stringify(answered()[0].headers));
    assert.ok(requests.filter((r) => r.path === "/v1/t").every((r) => r.status || r.failure));
    assert.deepEqual(await query(`select type from logged_in where user_id = '${user}'`), [{ type: "magic_link" }]);
    assert.deepEqual(await rejected(), []);
  });

test("a page sends through the typed calls generated for analytics-next (typescriptTarget analytics-next)",
  { skip, timeout: 120_000 }, async () => {
    const { page, requests } = await open(`/wrapper.html?writeKey=${WRITE_KEY}&collector=${encodeURIComponent(env.collector)}`);
    await page.locator("body[data-loaded]").waitFor();
    await page.getByRole("button", { name: "Log in" }).click();

    const user = "wrapper-user-1";
    await waitForRows(`select count(*) as n from events where user_id = '${user}'`, 2);
    assert.deepEqual(await query(`select l.type, l.url from logged_in l where l.user_id = '${user}'`),
      [{ type: "password", url: page.url() }]);
    assert.deepEqual(await query(`select feature, surface from feature_used where user_id = '${user}'`),
      [{ feature: "csv_import", surface: "web" }]);
    await waitForRows(`select count(*) as n from companies where company_id = 'wrapper-co'`, 1);
    assert.deepEqual(await query(`select p.email, p.name, c.name as company, c.plan from people p join companies c
      using (company_id) where p.user_id = '${user}'`),
    [{ email: "ada@example.com", name: "Ada Lovelace", company: "Wrapper Co", plan: "team" }]);
    assert.ok(requests.some((r) => r.url.endsWith(`/v1/projects/${WRITE_KEY}/settings`) && r.status === 200));
    assert.deepEqual(await rejected(), []);
  });

/** A new page of the browser, with every request it makes recorded (path, status, failure, headers, body). */
async function open(path) {
  const page = await env.browser.newPage();
  const requests = [];
  const entries = new WeakMap();
  page.on("request", (request) => {
    const entry = { method: request.method(), url: request.url(), path: new URL(request.url()).pathname,
      headers: request.headers(), body: request.postData() };
    entries.set(request, entry);
    requests.push(entry);
  });
  page.on("response", (response) => {
    const entry = entries.get(response.request());
    if (entry) entry.status = response.status();
  });
  page.on("requestfailed", (request) => {
    const entry = entries.get(request);
    if (entry) entry.failure = request.failure()?.errorText || "failed";
  });
  await page.goto(`${env.pages}${path}`);
  return { page, requests };
}

function query(sql) {
  return env.warehouse.query(sql);
}

function rejected() {
  return query("select event_name, reasons from rejected_events");
}

async function waitForRows(countSql, expected) {
  let last;
  await waitFor(async () => (last = Number((await query(countSql))[0].n)) >= expected, 30_000,
    () => `${countSql}: ${last} rows\n${env.logs.join("")}`);
  assert.equal(last, expected, countSql);
}

async function seriesCounted() {
  const metrics = await (await fetch(`${env.collector}/metrics`)).text();
  const line = metrics.split("\n").find((l) => l.startsWith("eventplan_telemetry_series_total"));
  return line ? Number(line.split(" ")[1]) : 0;
}

/** Bundles Segment's library for the pages: as window.AnalyticsBrowser, and inside the typed-calls page. */
async function bundlePages() {
  mkdirSync(PAGES, { recursive: true });
  const common = { bundle: true, format: "iife", platform: "browser", target: "es2020", logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' } };
  await build({ ...common, entryPoints: [join(root, "test", "e2e", "analytics-next-browser.mjs")],
    outfile: join(PAGES, "browser.js") });
  await build({ ...common, entryPoints: [join(root, "test", "e2e", "analytics-next-wrapper-page.ts")],
    outfile: join(PAGES, "wrapper.js") });
}

/** The pages' own origin: two HTML pages and their scripts. */
function servePages(port) {
  const files = {
    "/browser.html": ["text/html", "<!doctype html><title>analytics-next</title><script src=\"/browser.js\"></script>"],
    "/wrapper.html": ["text/html", "<!doctype html><title>typed calls</title><button id=\"login\">Log in</button>"
      + "<script src=\"/wrapper.js\"></script>"],
    "/browser.js": ["text/javascript", () => readFileSync(join(PAGES, "browser.js"))],
    "/wrapper.js": ["text/javascript", () => readFileSync(join(PAGES, "wrapper.js"))],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, "http://page").pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": file[0] });
    response.end(typeof file[1] === "function" ? file[1]() : file[1]);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
