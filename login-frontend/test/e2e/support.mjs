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
