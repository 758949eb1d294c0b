// The text of a library file written in Scheme (packages/primitives/scheme/), and its outline
// (where each definition is: see the reader's outline.ts). The CLI's bundle (scripts/bundle-cli.mjs)
// replaces this module with one that holds the texts and their outlines computed at build time,
// so a start of the CLI neither reads these files nor lexes them (lexing the ~80 KB of library
// Scheme cold cost ~60 ms).

import { readFileSync } from "node:fs";
import type { OutlineEntry } from "@rlms/reader";
import { fileURLToPath } from "node:url";

export function schemeSource(name: string): string {
  // src/ and dist/ are both one level below the package root, where scheme/ lives.
  return readFileSync(fileURLToPath(new URL(`../scheme/${name}`, import.meta.url)), "utf8");
}

/** The outline of a library file when it was computed ahead of time (the bundle); else undefined. */
export function schemeOutline(_name: string): readonly OutlineEntry[] | undefined {
  return undefined;
}
