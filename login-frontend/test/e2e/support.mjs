// What the end-to-end tests share: finding a program, the collector and the plan it serves, a free port, and
// waiting for a condition.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
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
 * Starts the collector jar with the root plan's bundle, its embedded PostgreSQL, `writeKey` and `reportKey`, then
 * headless Chromium (Debian's, by playwright-core) with the report key as its HTTP credentials; both are stopped and
 * the working folder removed when test `t` ends. Returns the collector's base URL and a page.
 */
export async function startCollectorAndBrowser(t, { chromium, writeKey, reportKey }) {
  const { spawn } = await import("node:child_process");
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const [port, dbPort] = [await freePort(), await freePort()];
  const work = mkdtempSync(join(tmpdir(), "eventplan-e2e-"));
  const logs = [];
  const collector = spawn("java", ["-jar", collectorJar], {
    cwd: work,
    env: { ...process.env, EVENTPLAN_PLAN_BUNDLE: planBundle, EVENTPLAN_PORT: String(port),
      EVENTPLAN_EMBEDDED_DB_PORT: String(dbPort), EVENTPLAN_WRITE_KEYS: writeKey, EVENTPLAN_REPORT_KEYS: reportKey },
    stdio: ["ignore", "pipe", "pipe"],
  });
  collector.stdout.on("data", (d) => logs.push(String(d)));
  collector.stderr.on("data", (d) => logs.push(String(d)));
  const { chromium: playwright } = await import("playwright-core");
  let browser;
  t.after(async () => {
    await browser?.close();
    collector.kill("SIGTERM");
    await new Promise((done) => (collector.exitCode !== null ? done() : collector.once("exit", done)));
    rmSync(work, { recursive: true, force: true });
  });
  const base = `http://localhost:${port}`;
  await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, 120_000, () => logs.join(""));
  browser = await playwright.launch({
    executablePath: chromium,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run"],
  });
  const context = await browser.newContext({ httpCredentials: { username: "report", password: reportKey } });
  return { base, page: await context.newPage() };
}
