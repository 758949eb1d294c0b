// What the expander carries through one expansion: the binding table, the namespace that owns
// top-level cells, and the scopes that mark code as belonging to that namespace.

import type { ScopeSet } from "@rlms/reader";
import type { BindingTable } from "./binding.js";
import type { GlobalCell } from "../compile/global.js";

/** The top level of a sandbox: its binding table and its cells. */
export interface Namespace {
  readonly table: BindingTable;
  /** Scopes added to all code read into this namespace, so its definitions shadow the library's. */
  readonly topScopes: ScopeSet;
  /** A fresh top-level cell for a definition. */
  makeCell(name: string): GlobalCell;
  /** `(require library)` was expanded: a library whose bindings load on demand loads now. */
  required(library: string): void;
}

export interface ExpandContext {
  readonly namespace: Namespace;
  /** Name to give to a lambda in this position (from `define` or `let`), for printing and backtraces. */
  readonly nameHint?: string;
}
