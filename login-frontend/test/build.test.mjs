// The snippet's size budget and its language level.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { transformSync } from "esbuild";
import { SNIPPET, EVERY_TYPE_SNIPPET } from "./browser.mjs";

const BUDGET = 3072; // bytes, minified and gzipped, for the root plan

test(`tracking.js for the root plan is under ${BUDGET} bytes minified and gzipped`, (t) => {
  const source = readFileSync(SNIPPET, "utf8");
  const minified = transformSync(source, { minify: true, format: "esm", target: "es2019" }).code;
  const gzipped = gzipSync(minified, { level: 9 }).length;
  const line = `tracking.js: ${source.length} bytes, ${minified.length} minified, ${gzipped} minified and gzipped (budget ${BUDGET})`;
  t.diagnostic(line);
  assert.ok(gzipped < BUDGET, line);
});

for (const [name, url] of [["root plan", SNIPPET], ["every-type plan", EVERY_TYPE_SNIPPET]]) {
  test(`tracking.js for the ${name} is ES2019: esbuild has nothing to lower`, () => {
    const source = readFileSync(url, "utf8");
    // Unminified, esbuild prints the same code for both targets unless it had to rewrite newer syntax.
    const asEs2019 = transformSync(source, { format: "esm", target: "es2019" }).code;
    const asEsNext = transformSync(source, { format: "esm", target: "esnext" }).code;
    assert.equal(asEs2019, asEsNext);
    // Library features newer than ES2019 are not syntax, so esbuild does not see them.
    for (const newer of ["globalThis", "BigInt", "matchAll", "allSettled", "replaceAll", ".at(", "hasOwn(", "structuredClone", "Promise.any"]) {
      assert.ok(!source.includes(newer), `uses ${newer}`);
    }
  });
}
