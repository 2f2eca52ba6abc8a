// Compiled with `tsc --noEmit`: the snippet's own API (init, its options, the dev-mode check and the format
// checks). The typed calls of each event are in event-calls-type-tests.ts, shared with the analytics-next target.
// Each `@ts-expect-error` line must be an error (tsc fails on an unused `@ts-expect-error`).
import { init, trackLoggedIn, validateEvent, type Violation } from "../src/generated/tracking.js";
import { formats } from "../src/generated/tracking-formats.js";

const seen: Violation[] = [];
init({ writeKey: "wk", endpoint: "https://collector.example.com", dev: { onViolation: (v) => seen.push(v) } });
init({ writeKey: "wk", endpoint: "https://collector.example.com", batchSize: 5, onDrop: (d) => d.count });
init({ writeKey: "wk", endpoint: "https://collector.example.com", dev: { onViolation: (v) => seen.push(v), formats } });
seen.length = formats.email("ada@example.com") ? 0 : 1;
// @ts-expect-error the format checks come as a set: one per format of the plan's types
init({ writeKey: "wk", endpoint: "https://collector.example.com", dev: { onViolation: () => {}, formats: { email: () => true } } });
trackLoggedIn({ type: "password" });
const rules: string[] = validateEvent("Logged In", {}).map((v) => v.rule);

// options
// @ts-expect-error
init({ endpoint: "https://collector.example.com" });

export { rules, seen };
