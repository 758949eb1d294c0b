#!/usr/bin/env node
// The compiled CLI (never run through tsx: measured 4-5x slower on closure-heavy code).
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`rlms: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
