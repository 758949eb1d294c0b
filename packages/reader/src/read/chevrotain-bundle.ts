// chevrotain's lexer, loaded from the single-file bundle the package ships.
//
// The package entry loads ~100 modules of lodash-es (measured: 225 ms of a 383 ms start-up); the
// bundle next to them loads in 12 ms. The package's `exports` do not list the bundle, hence the
// path through `require.resolve`. The CLI's own bundle (scripts/bundle-cli.mjs) replaces this
// module with a static import of the same file.

import type * as Chevrotain from "chevrotain";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

function bundledChevrotain(): string {
  const entry = createRequire(import.meta.url).resolve("chevrotain"); // .../lib/src/api.js
  return new URL("../chevrotain.mjs", pathToFileURL(entry)).href;
}

const chevrotain = (await import(bundledChevrotain())) as typeof Chevrotain;
export const { createToken, Lexer } = chevrotain;
