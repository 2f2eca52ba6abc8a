// What the end-to-end tests share: finding a program, a free port, and waiting for a condition.
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";

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
