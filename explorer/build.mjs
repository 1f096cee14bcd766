// build.mjs — bundle src/ and its npm dependencies into dist/explorer.js, the one script that
// libactornet embeds in explorer.html (see README.md beside this file).
//
//   npm ci && node build.mjs            writes dist/explorer.js
//   node build.mjs --check[=FILE]       builds in memory and compares with dist/explorer.js (or FILE)
//
// The output is a pure function of src/ and the locked packages (esbuild is pinned too): no
// timestamps, no absolute paths, no source maps.
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packages = ["sigma", "graphology", "graphology-utils", "events"];
const versions = packages.map((name) => {
  const meta = JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8"));
  return `${name} ${meta.version} (${meta.license})`;
});
const banner = `/* actornet explorer. Bundles ${versions.join(", ")}; licences in explorer/LICENSES.md. */`;

const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  platform: "browser",
  charset: "utf8",
  legalComments: "none",
  loader: { ".css": "text" },
  banner: { js: banner },
  write: false,
  logLevel: "warning",
});
const text = result.outputFiles[0].text;
if (/<\/script|<!--/i.test(text)) throw new Error("the bundle contains </script or <!--: it cannot be inlined");
const target = join(here, "dist", "explorer.js");
const check = process.argv.find((a) => a === "--check" || a.startsWith("--check="));
if (check) {
  const committed = readFileSync(check.startsWith("--check=") ? check.slice(8) : target, "utf8");
  if (committed !== text) {
    console.error("dist/explorer.js differs from a fresh build (" + committed.length + " vs " + text.length + " bytes)");
    process.exit(1);
  }
  console.log("dist/explorer.js is the build of src/ and the locked packages (" + text.length + " bytes)");
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log("wrote dist/explorer.js (" + text.length + " bytes)");
}
