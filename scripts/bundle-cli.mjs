// Bundles the compiled CLI (packages/runtime/dist/cli/main.js and everything it imports) into
// packages/runtime/dist/cli-bundle/, for start-up time: loading ~150 separate modules cost ~60 ms
// of an empty run's ~210 ms (resolution, file reads, one compilation unit each); the bundle loads
// as one file. What is imported dynamically (the OpenAI client, needed only for live calls) goes
// to chunks loaded on demand. Runs after `tsc -b` as part of `pnpm build`.
//
// Two modules are replaced with static equivalents that a bundler can follow:
// - reader's chevrotain-bundle.js loads chevrotain's single-file build through a computed path;
//   here it becomes a static import of that same file;
// - primitives' scheme-source.js reads the library's .scm files next to the package; here it
//   becomes a table of their texts, so the bundle reads no other file.
//
// bin/rlms.js uses the bundle only when it is newer than every input (inputs.json lists them),
// so a `tsc -b` without this step never runs stale code; it falls back to the unbundled files.

import { build } from "esbuild";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runtime = join(root, "packages/runtime");
const outdir = join(runtime, "dist/cli-bundle");
const out = join(outdir, "main.js");

const chevrotainEntry = createRequire(join(root, "packages/reader/package.json")).resolve("chevrotain");
const chevrotainBundle = join(dirname(chevrotainEntry), "../chevrotain.min.mjs");

const schemeDir = join(root, "packages/primitives/scheme");
const schemeTexts = Object.fromEntries(
  readdirSync(schemeDir)
    .filter((f) => f.endsWith(".scm"))
    .map((f) => [f, readFileSync(join(schemeDir, f), "utf8")]),
);

// The outlines of the library files, computed now with the built reader (the same function the
// evaluator would run at every start).
const { outline } = await import(pathToFileURL(join(root, "packages/reader/dist/index.js")).href);
const schemeOutlines = Object.fromEntries(Object.entries(schemeTexts).map(([f, text]) => [f, outline(text) ?? null]));

const staticModules = {
  name: "rlms-static-modules",
  setup(b) {
    b.onLoad({ filter: /[\\/]reader[\\/]dist[\\/]read[\\/]chevrotain-bundle\.js$/ }, () => ({
      contents: `import * as chevrotain from ${JSON.stringify(chevrotainBundle)};\nexport const { createToken, Lexer } = chevrotain;\n`,
      loader: "js",
    }));
    b.onLoad({ filter: /[\\/]primitives[\\/]dist[\\/]scheme-source\.js$/ }, () => ({
      contents:
        `const TEXTS = ${JSON.stringify(schemeTexts)};\n` +
        `export function schemeSource(name) {\n` +
        `  const text = TEXTS[name];\n` +
        `  if (text === undefined) throw new Error("internal: library file " + name + " is not in the CLI bundle");\n` +
        `  return text;\n}\n` +
        `const OUTLINES = ${JSON.stringify(schemeOutlines)};\n` +
        `export function schemeOutline(name) {\n  return OUTLINES[name] ?? undefined;\n}\n`,
      loader: "js",
    }));
  },
};

const result = await build({
  entryPoints: [join(runtime, "dist/cli/main.js")],
  outdir,
  splitting: true,
  chunkNames: "chunk-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Dependencies are bundled too (openai, chevrotain): the point is one file to load.
  packages: "bundle",
  // No minification of names: keepNames-style wrappers were measured 4-5x slower on closure-heavy
  // code (tsx), and error stacks of internal errors stay readable.
  minify: false,
  metafile: true,
  logLevel: "warning",
  // Modules with a createRequire for CommonJS dependencies need `require` in ESM output.
  banner: { js: `import { createRequire as __rlmsCreateRequire } from "node:module"; const require = __rlmsCreateRequire(import.meta.url);` },
  plugins: [staticModules],
  absWorkingDir: root,
});

if (process.env.RLMS_BUNDLE_META) writeFileSync(process.env.RLMS_BUNDLE_META, JSON.stringify(result.metafile));
const inputs = Object.keys(result.metafile.inputs).map((p) => join(root, p));
inputs.push(...Object.keys(schemeTexts).map((f) => join(schemeDir, f)));
const manifest = { built: statSync(out).mtimeMs, inputs: inputs.map((p) => relative(outdir, p)) };
writeFileSync(join(outdir, "inputs.json"), JSON.stringify(manifest));
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith(".js"));
console.log(`bundled the CLI: ${outputs.map(([f, o]) => `${relative(join(root, "packages/runtime"), join(root, f))} (${(o.bytes / 1024).toFixed(0)} KB)`).join(", ")}; ${inputs.length} inputs`);
