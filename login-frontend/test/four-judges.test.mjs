// One plan, four judges: on every payload of the differential corpus that generated-examples' DifferentialTest
// writes (the Java validators and networknt already agree on each, and PostgreSQL judges the same payloads in
// FourthJudgeTest), ajv with ajv-formats on the generated JSON Schemas and the snippet's dev-mode check must give
// the Java validator's verdict. There is no list of payloads that may differ: the one rule of the JavaScript judges
// is that they read numbers as doubles (JSON.parse), so on a payload whose numbers a double cannot hold exactly
// (`exactNumbers`) they are held to the Java validator's verdict on the payload as doubles (docs/event-envelope.md;
// its own test is in devmode.test.mjs). Schemas, snippet and tracking-formats.js are those that generated-examples'
// build generated from the same plan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { page } from "./browser.mjs";

const EXAMPLES = new URL("../../generated-examples/", import.meta.url);
const CORPUS = new URL("target/differential-corpus.jsonl", EXAMPLES);
const SHOWN = 15;

/**
 * ajv 8 on draft 2020-12, strict (unknown keywords and formats, ignored keywords and non-finite numbers are errors;
 * lengths count code points and patterns run with the "u" flag, as JSON Schema says), with ajv-formats added as most
 * projects add it: the schemas state every format as a pattern, so ajv-formats' own format checks never apply.
 */
function ajv() {
  const judge = new Ajv2020({ strict: true, allErrors: true });
  addFormats(judge);
  return judge;
}

/** The judges of one plan, whose generated files are in `output` (target/classes/, or target/classes/every-type/). */
async function judgesOf(output) {
  const snippet = await page().load(new URL("eventplan/typescript/tracking.js", output));
  const { formats } = await import(new URL("eventplan/typescript/tracking-formats.js", output));
  snippet.init({ writeKey: "wk", dev: { onViolation() {}, formats } }); // no endpoint: nothing is sent
  const validator = ajv();
  const schemas = new Map();
  const schema = (file) => {
    if (!schemas.has(file.href)) schemas.set(file.href, validator.compile(JSON.parse(readFileSync(file, "utf8"))));
    return schemas.get(file.href);
  };
  return { snippet, schema };
}

const errors = (validate) => (validate.errors || []).map((e) => `${e.instancePath || "(root)"} ${e.keyword}: ${e.message}`);
const show = (valid, reasons) => (valid ? "valid" : `invalid [${reasons.join("; ")}]`);

test("the snippet's dev-mode check and ajv on the JSON Schemas give the Java validator's verdict on the differential corpus", {
  skip: !existsSync(CORPUS) && !process.env.EVENTPLAN_REQUIRE_CORPUS
    && "no generated-examples/target/differential-corpus.jsonl: run ./mvnw -pl generated-examples -am verify first",
}, async (t) => {
  assert.ok(existsSync(CORPUS), `${CORPUS.pathname} is missing: generated-examples' DifferentialTest writes it`);
  const lines = readFileSync(CORPUS, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
  const judges = {};
  const failures = [];
  const valid = { java: 0, networknt: 0, snippet: 0, ajv: 0 };
  let asDoubles = 0;
  for (const line of lines) {
    const { plan, target, event, schema: file } = line;
    const schemaFile = new URL(file, EXAMPLES);
    const judge = (judges[plan] ||= await judgesOf(new URL(schemaFile.href.replace(/eventplan\/schemas\/.*/, ""))));
    // JavaScript judges see the payload's numbers as doubles: where JSON.parse changes a number, the verdict they
    // are held to is the Java validator's on the payload as doubles
    const expected = line.exactNumbers ? line.javaOnDoubles : line.java;
    if (line.exactNumbers) asDoubles++;
    const value = JSON.parse(line.payload);
    const violations = target === "event" ? judge.snippet.validateEvent(event, value) : judge.snippet.validateTraits(target, value);
    const validate = judge.schema(schemaFile);
    const ajvValid = validate(value);
    const snippetValid = violations.length === 0;
    valid.java += line.java.valid;
    valid.networknt += line.networknt.valid;
    valid.snippet += snippetValid;
    valid.ajv += ajvValid;

    const problems = [];
    if (line.java.valid !== line.networknt.valid) problems.push("Java and networknt disagree");
    if (snippetValid !== expected.valid) problems.push("the snippet's dev-mode check differs");
    if (ajvValid !== expected.valid) problems.push("ajv differs");
    if (problems.length) {
      failures.push([
        `- ${plan}, ${target} "${event}" (${file}): ${problems.join("; ")}`,
        `    payload:        ${line.payload}`,
        ...(line.exactNumbers ? [`    as doubles:     ${line.doublePayload}`] : []),
        `    corpus:         ${line.valid ? "valid" : `invalid (${line.mutation}: ${line.rule} at ${line.path})`}, seed ${line.seed}`,
        `    Java:           ${show(line.java.valid, line.java.reasons)}`,
        ...(line.exactNumbers ? [`    Java (doubles): ${show(line.javaOnDoubles.valid, line.javaOnDoubles.reasons)}`] : []),
        `    networknt:      ${show(line.networknt.valid, line.networknt.reasons)}`,
        `    snippet:        ${show(snippetValid, violations.map((v) => v.message))}`,
        `    ajv:            ${show(ajvValid, errors(validate))}`,
      ].join("\n"));
    }
  }
  const n = lines.length;
  t.diagnostic(`${n} payloads of ${Object.keys(judges).join(" and ")}`);
  for (const [name, count] of Object.entries(valid)) t.diagnostic(`  ${name}: ${count} valid, ${n - count} invalid`);
  t.diagnostic(`  of which ${asDoubles} judged by JavaScript as their double reading (numbers a double cannot hold)`);
  t.diagnostic(`disagreements: ${failures.length}`);
  assert.ok(n >= 20000, `only ${n} payloads in the corpus`);
  assert.equal(failures.length, 0, `${failures.length} of ${n} payloads were judged otherwise; the first ones:\n${failures.slice(0, SHOWN).join("\n")}`);
});
