// The text of a library file written in Scheme (packages/primitives/scheme/). The CLI's bundle
// (scripts/bundle-cli.mjs) replaces this module with one that holds the texts.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function schemeSource(name: string): string {
  // src/ and dist/ are both one level below the package root, where scheme/ lives.
  return readFileSync(fileURLToPath(new URL(`../scheme/${name}`, import.meta.url)), "utf8");
}
