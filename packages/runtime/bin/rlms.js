#!/usr/bin/env node
// The compiled CLI (never run through tsx: measured 4-5x slower on closure-heavy code).
//
// `pnpm build` also bundles it into one file (scripts/bundle-cli.mjs), which starts ~60 ms
// faster. The bundle is used only when no file it was made from has changed since; otherwise
// (after a bare `tsc -b`) the unbundled modules run, so a stale bundle can never run.
import { readFileSync, statSync } from "node:fs";

const bundle = new URL("../dist/cli-bundle/", import.meta.url);

function bundleIsCurrent() {
  try {
    const manifest = JSON.parse(readFileSync(new URL("inputs.json", bundle), "utf8"));
    if (statSync(new URL("main.js", bundle)).mtimeMs !== manifest.built) return false;
    return manifest.inputs.every((input) => statSync(new URL(input, bundle)).mtimeMs <= manifest.built);
  } catch {
    return false;
  }
}

const { main } = await import(bundleIsCurrent() ? "../dist/cli-bundle/main.js" : "../dist/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`rlms: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
