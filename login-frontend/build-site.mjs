// Builds the login page into target/site: login.ts bundled (with the generated snippet) by esbuild,
// index.html and login.css copied. The collector serves that directory (EVENTPLAN_DEMO_SITE).
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";

const out = new URL("./target/site/", import.meta.url);
await mkdir(out, { recursive: true });
await build({
  entryPoints: [new URL("./src/login.ts", import.meta.url).pathname],
  outfile: new URL("login.js", out).pathname,
  bundle: true,
  format: "esm",
  target: "es2019",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
});
for (const file of ["index.html", "login.css"]) {
  await copyFile(new URL(`./src/${file}`, import.meta.url), new URL(file, out));
}
