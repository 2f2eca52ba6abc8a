// What the end-to-end tests share: finding a program, the collector and the plan it serves, a free port,
// waiting for a condition, running the collector and Chromium, and reading the warehouse.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repository = fileURLToPath(new URL("../../..", import.meta.url));

/** The first file of `folder` whose name matches `pattern`, as a path; undefined when there is none. */
function find(folder, pattern) {
  const name = existsSync(folder) ? readdirSync(folder).find((f) => pattern.test(f)) : undefined;
  return name && join(folder, name);
}

/** The standalone collector (collector/target/eventplan-collector-<version>-all.jar), when built. */
export const collectorJar = find(join(repository, "collector", "target"), /^eventplan-collector-.*-all\.jar$/);

/**
 * The root plan's bundle (generated-examples/target/generated-examples-<version>-eventplan.jar), when built: the
 * collector serves it as EVENTPLAN_PLAN_BUNDLE, as a deployed collector serves a team's plan.
 */
export const planBundle = find(join(repository, "generated-examples", "target"), /^generated-examples-.*-eventplan\.jar$/);

/** Why the collector cannot be started, or false when it can. */
export function collectorMissing() {
  return !collectorJar ? "the collector jar is not built (./mvnw -pl collector -am package)"
    : !planBundle ? "the root plan's bundle is not built (./mvnw -pl generated-examples -am package)" : false;
}

/** The path of `command` on this machine, or undefined. */
export function which(command) {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A loopback port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on("error", reject);
  });
}

/** Polls `condition` every 250 ms until it is true; after `millis`, fails with `describe()` (e.g. the collector's log). */
export async function waitFor(condition, millis, describe) {
  const deadline = Date.now() + millis;
  let last;
  for (;;) {
    try {
      if (await condition()) return;
    } catch (e) {
      last = e; // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out (${last}); collector output:\n${describe()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Runs the collector jar with the root plan's bundle and `env` in a fresh working directory until it is ready;
 * stopped (SIGTERM) when `t` ends. Its output goes to `logs`.
 */
export async function runCollector(t, env, logs) {
  const work = mkdtempSync(join(tmpdir(), "eventplan-e2e-"));
  // a quick start matters more here than peak speed: C1 only, one GC thread
  const child = spawn("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", collectorJar], {
    cwd: work, env: { ...process.env, EVENTPLAN_PLAN_BUNDLE: planBundle, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => logs.push(String(d)));
  child.stderr.on("data", (d) => logs.push(String(d)));
  const exited = new Promise((done) => child.once("exit", done));
  t.after(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(work, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${env.EVENTPLAN_PORT}/health/ready`;
  await waitFor(async () => (await fetch(url)).status === 200, 120_000, () => logs.join(""));
}

/** Debian's headless Chromium through playwright-core (never a downloaded browser), closed when `t` ends. */
export async function launchChromium(t) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: which("chromium"),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run"],
  });
  t.after(() => browser.close());
  return browser;
}

/**
 * The collector jar with the root plan's bundle, its embedded PostgreSQL, `writeKey` and `reportKey`, and a page of
 * headless Chromium with the report key as its HTTP credentials; all stopped when test `t` ends. Returns the
 * collector's base URL and the page.
 */
export async function startCollectorAndBrowser(t, { writeKey, reportKey }) {
  const [port, dbPort] = [await freePort(), await freePort()];
  await runCollector(t, { EVENTPLAN_PORT: String(port), EVENTPLAN_EMBEDDED_DB_PORT: String(dbPort),
    EVENTPLAN_WRITE_KEYS: writeKey, EVENTPLAN_REPORT_KEYS: reportKey }, []);
  const browser = await launchChromium(t);
  const context = await browser.newContext({ httpCredentials: { username: "report", password: reportKey } });
  return { base: `http://localhost:${port}`, page: await context.newPage() };
}

/**
 * One connection to the warehouse at `jdbc` for a whole test file, ended when `t` ends: `query(sql)` resolves to the
 * rows, each an object of column texts (test/e2e/WarehouseQuery.java reading statements from its standard input).
 */
export function openWarehouse(t, jdbc) {
  const child = spawn("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", collectorJar,
    fileURLToPath(new URL("./WarehouseQuery.java", import.meta.url)), jdbc, "-"], { stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise((done) => child.once("exit", done));
  t.after(async () => {
    child.stdin.end();
    await exited;
  });
  let errors = "";
  child.stderr.on("data", (d) => (errors += d));
  const waiting = []; // one { rows, resolve, reject } per statement sent, in order
  let partial = "";
  child.stdout.on("data", (data) => {
    const lines = (partial + data).split("\n");
    partial = lines.pop();
    for (const line of lines) {
      const current = waiting[0];
      if (line === ".") current.resolve(waiting.shift().rows);
      else if (line.startsWith("!")) waiting.shift().reject(new Error(`${line.slice(1)} (${current.sql})`));
      else current.rows.push(JSON.parse(line));
    }
  });
  exited.then(() => waiting.splice(0).forEach((w) => w.reject(new Error(`the query process ended: ${errors}`))));
  return {
    query(sql) {
      return new Promise((resolve, reject) => {
        waiting.push({ sql, rows: [], resolve, reject });
        child.stdin.write(sql.replace(/\s+/g, " ") + "\n");
      });
    },
  };
}
