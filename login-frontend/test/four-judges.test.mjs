// One plan, four judges: on every payload of the differential corpus that generated-examples' DifferentialTest
// writes (the Java validators and networknt already agree on each), ajv with the generated JSON Schemas and the
// snippet's dev-mode check must give the Java validator's verdict. Schemas, snippet and tracking-formats.js are
// those that generated-examples' build generated from the same plan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { page } from "./browser.mjs";

const EXAMPLES = new URL("../../generated-examples/", import.meta.url);
const CORPUS = new URL("target/differential-corpus.jsonl", EXAMPLES);
const FORMATS = ["date-time", "date", "uuid", "uri", "email"];
const SHOWN = 15;

/**
 * ajv 8 on draft 2020-12, strict: unknown keywords and formats, ignored keywords and non-finite numbers are
 * errors; lengths count code points and patterns run with the "u" flag, as JSON Schema says.
 */
function ajv(formatChecks) {
  const judge = new Ajv2020({ strict: true, allErrors: true });
  if (formatChecks) for (const name of FORMATS) judge.addFormat(name, formatChecks[name]);
  else addFormats(judge);
  return judge;
}

/** ajv-formats' own check of a format ("full" mode, the default of addFormats). */
function ajvFormatsCheck(name) {
  const definition = fullFormats[name];
  const check = definition.validate || definition;
  return typeof check === "function" ? check : (text) => check.test(text);
}

/**
 * The integers of a schema that JSON.parse reads as another number (9223372036854775807 becomes 2^63): a JSON
 * Schema validator that works on JavaScript numbers compares with the rounded number.
 */
function roundedSchemaIntegers(schemaText) {
  const rounded = new Set();
  // strings are skipped; an integer is a number token without a fraction or exponent
  for (const [, number] of schemaText.matchAll(/"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?\d+)(?![.eE\d])/g)) {
    if (number !== undefined && BigInt(Number(number)) !== BigInt(number)) rounded.add(Number(number));
  }
  return rounded;
}

function containsNumber(value, numbers) {
  if (typeof value === "number") return numbers.has(value);
  if (value && typeof value === "object") return Object.values(value).some((member) => containsNumber(member, numbers));
  return false;
}

/**
 * The judges of one plan, whose generated files are in `output` (target/classes/, or target/classes/every-type/):
 * the snippet's dev-mode check, ajv with the exact formats, ajv with ajv-formats.
 */
async function judgesOf(output) {
  const snippet = await page().load(new URL("eventplan/typescript/tracking.js", output));
  const { formats } = await import(new URL("eventplan/typescript/tracking-formats.js", output));
  snippet.init({ writeKey: "wk", dev: { onViolation() {}, formats } }); // no endpoint: nothing is sent
  const exact = ajv(formats);
  const withAjvFormats = ajv();
  const disagreements = []; // the format checks in which ajv-formats and tracking-formats.js differ
  for (const name of FORMATS) {
    const theirs = ajvFormatsCheck(name);
    withAjvFormats.addFormat(name, (text) => {
      const verdict = theirs(text);
      if (verdict !== formats[name](text)) disagreements.push({ format: name, text, ajvFormats: verdict });
      return verdict;
    });
  }
  const schemas = new Map();
  const schema = (file) => {
    if (!schemas.has(file.href)) {
      const text = readFileSync(file, "utf8");
      const parsed = JSON.parse(text);
      schemas.set(file.href, { exact: exact.compile(parsed), ajvFormats: withAjvFormats.compile(parsed), rounded: roundedSchemaIntegers(text) });
    }
    return schemas.get(file.href);
  };
  return { snippet, schema, disagreements };
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
  const counts = { payloads: 0, doubles: 0, roundedBounds: 0, ajvFormats: 0 };
  const formatDifferences = new Map(); // "format: ajv-formats says valid" -> an example
  for (const line of lines) {
    const { plan, target, event, schema: file } = line;
    const schemaFile = new URL(file, EXAMPLES);
    const judge = (judges[plan] ||= await judgesOf(new URL(schemaFile.href.replace(/eventplan\/schemas\/.*/, ""))));
    counts.payloads++;
    // A JavaScript judge sees the payload's numbers as doubles: for a payload whose numbers JSON.parse rounds
    // (exactNumbers), the best verdict is the Java validator's on the payload as doubles.
    const expected = line.exactNumbers ? line.javaOnDoubles : line.java;
    if (expected.valid !== line.java.valid) counts.doubles++;
    const value = JSON.parse(line.payload);
    const violations = target === "event" ? judge.snippet.validateEvent(event, value) : judge.snippet.validateTraits(target, value);
    const { exact, ajvFormats, rounded } = judge.schema(schemaFile);
    const exactValid = exact(value);
    const exactErrors = errors(exact);
    judge.disagreements.length = 0;
    const ajvFormatsValid = ajvFormats(value);
    const ajvFormatsErrors = errors(ajvFormats);
    const differences = judge.disagreements.slice();

    const problems = [];
    if (line.java.valid !== line.networknt.valid) problems.push("the corpus has Java and networknt disagree");
    if (violations.length === 0 !== expected.valid) problems.push("the snippet's dev-mode check differs");
    if (exactValid !== expected.valid) {
      // Known: JSON.parse reads the schema's integers as doubles too, so 2^63 passes a maximum of 2^63 - 1.
      // (9223372036854776000 is such a number too: its shortest double text is its own, so exactNumbers is false)
      if (containsNumber(value, rounded)) counts.roundedBounds++;
      else problems.push("ajv (formats of tracking-formats.js) differs");
    }
    if (ajvFormatsValid !== exactValid) {
      // Known: ajv-formats defines the formats otherwise than networknt; only those checks may make a difference.
      if (differences.length) {
        counts.ajvFormats++;
        for (const d of differences) {
          const key = `${d.format}: ajv-formats says ${d.ajvFormats ? "valid" : "invalid"}`;
          if (!formatDifferences.has(key)) formatDifferences.set(key, JSON.stringify(d.text));
        }
      } else problems.push("ajv with ajv-formats differs, not because of a format");
    }
    if (problems.length) {
      failures.push([
        `- ${plan}, ${target} "${event}" (${file}): ${problems.join("; ")}`,
        `    payload:        ${line.payload}`,
        ...(line.exactNumbers ? [`    as doubles:     ${line.doublePayload}`] : []),
        `    corpus:         ${line.valid ? "valid" : `invalid (${line.mutation}: ${line.rule} at ${line.path})`}, seed ${line.seed}`,
        `    Java:           ${show(line.java.valid, line.java.reasons)}`,
        ...(line.exactNumbers ? [`    Java (doubles): ${show(line.javaOnDoubles.valid, line.javaOnDoubles.reasons)}`] : []),
        `    networknt:      ${show(line.networknt.valid, line.networknt.reasons)}`,
        `    snippet:        ${show(violations.length === 0, violations.map((v) => v.message))}`,
        `    ajv (exact):    ${show(exactValid, exactErrors)}`,
        `    ajv-formats:    ${show(ajvFormatsValid, ajvFormatsErrors)}${differences.length ? ` (format differences: ${JSON.stringify(differences)})` : ""}`,
      ].join("\n"));
    }
  }
  t.diagnostic(`${counts.payloads} payloads of ${Object.keys(judges).join(" and ")}; ${failures.length} failed`);
  t.diagnostic(`known: ${counts.doubles} payloads whose verdict changes when their numbers are read as doubles (judged as doubles)`);
  t.diagnostic(`known: ${counts.roundedBounds} payloads with a number equal to a schema integer that JSON.parse rounds (ajv accepts 2^63)`);
  t.diagnostic(`known: ${counts.ajvFormats} payloads on which ajv-formats' formats give another verdict than networknt's:`);
  for (const [key, example] of [...formatDifferences].sort()) t.diagnostic(`  ${key}, e.g. ${example}`);
  assert.ok(counts.payloads >= 20000, `only ${counts.payloads} payloads in the corpus`);
  assert.equal(failures.length, 0, `${failures.length} of ${counts.payloads} payloads were judged otherwise; the first ones:\n${failures.slice(0, SHOWN).join("\n")}`);
});
