// The generated catalog of the root plan in a real headless Chromium (Debian's chromium, driven by
// playwright-core): an event's section renders with its properties table and TypeScript call, and the
// search box finds an event by one of its property names. The catalog is the one generated-examples' build
// generates from ../tracking-plan.yaml (the reactor builds generated-examples before this module).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const catalog = join(root, "..", "generated-examples", "target", "generated-resources", "eventplan", "eventplan",
  "catalog", "index.html");
const chromium = which("chromium");
// in the Maven build the catalog must be there (EVENTPLAN_REQUIRE_CORPUS): a missing one fails instead of skipping
const skip = !chromium
  ? "chromium is not installed (apt-get install -y chromium)"
  : !existsSync(catalog) && !process.env.EVENTPLAN_REQUIRE_CORPUS
    ? "the catalog is not generated (./mvnw -pl generated-examples -am generate-resources)" : false;

test("the catalog shows an event's properties and calls, and its search finds an event by a property name",
  { skip, timeout: 60_000 }, async (t) => {
    const { chromium: playwright } = await import("playwright-core");
    const browser = await playwright.launch({
      executablePath: chromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"],
    });
    t.after(() => browser.close());
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(catalog).href}#signed_up`);

    const signedUp = page.locator("section#signed_up");
    await signedUp.waitFor({ state: "visible" });
    assert.equal(await signedUp.locator("h2").innerText(), "Signed Up implemented");
    const rows = signedUp.locator("table.properties tbody tr");
    const firstCells = await rows.evaluateAll((trs) => trs.map((tr) => tr.cells[0].innerText));
    assert.deepEqual(firstCells, ["event_id (common)", "timestamp (common)", "user_id (common)", "url (common)",
      "signup_method", "plan", "referrer"]);
    assert.equal(await signedUp.locator("code.ts-call").innerText(), 'trackSignedUp({ signup_method: "email" });');
    assert.match(await signedUp.locator("code.java-call").innerText(), /new SignedUpValidator\(\)\.validate\(json\)/);

    const visibleEvents = () => page.locator("section.event:visible h2").evaluateAll(
      (hs) => hs.map((h) => h.firstChild.textContent.trim()));
    const total = await page.locator("section.event").count();
    assert.ok(total >= 5, `${total} events`);
    assert.equal((await visibleEvents()).length, total);
    await page.getByLabel("Search events and properties").fill("signup_method");
    assert.deepEqual(await visibleEvents(), ["Signed Up"]);
    assert.deepEqual(await page.locator("#events li:visible").allInnerTexts(), ["Signed Up"]);
    assert.equal(await page.locator("#count").innerText(), `1 of ${total} events`);

    await page.getByLabel("Search events and properties").fill("session");
    assert.deepEqual(await visibleEvents(), ["Logged Out"]); // by its description
    await page.getByLabel("Search events and properties").fill("");
    assert.equal((await visibleEvents()).length, total);
    assert.deepEqual(errors, []);
  });

function which(command) {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}
