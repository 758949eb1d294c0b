// The binding table: which binding an identifier refers to, by sets of scopes.

import { Sym, Syntax, type ScopeSet } from "@rlms/reader";
import type { Variable } from "../compile/ast.js";
import type { GlobalCell } from "../compile/global.js";
import { isSubset, sameScopes } from "./scope.js";
import type { ExpandContext } from "./context.js";

/** A macro: use-site syntax in, replacement syntax out. */
export type Transformer = (use: Syntax, ctx: ExpandContext) => unknown;

export type Binding =
  | { readonly kind: "local"; readonly variable: Variable }
  | { readonly kind: "global"; readonly cell: GlobalCell }
  /** A core form, expanded by the expander itself (`if`, `lambda`, `define`...). */
  | { readonly kind: "core"; readonly name: string }
  /** `scaffold`: a protected scaffold macro (`try`): programs cannot rebind it at top level. */
  | { readonly kind: "macro"; readonly name: string; readonly transformer: Transformer; readonly scaffold?: boolean };

interface Entry {
  readonly scopes: ScopeSet;
  binding: Binding;
}

export class BindingTable {
  private readonly byName = new Map<string, Entry[]>();
  /** Local bindings added while `withLocalsForgotten` runs, to be removed when it ends. */
  private journal: Array<readonly [string, Entry]> | undefined;

  /** Binds `id` (exactly its scope set) to `binding`, replacing a binding with the same scopes. */
  add(id: Syntax, binding: Binding): void {
    const name = (id.e as Sym).name;
    let entries = this.byName.get(name);
    if (entries === undefined) this.byName.set(name, (entries = []));
    const same = entries.find((e) => sameScopes(e.scopes, id.scopes));
    if (same !== undefined) {
      same.binding = binding;
      return;
    }
    const entry: Entry = { scopes: id.scopes, binding };
    entries.push(entry);
    if (binding.kind === "local") this.journal?.push([name, entry]);
  }

  /**
   * Runs `expand` (a whole top-level program), then forgets the local variables it bound. Nothing
   * can refer to them afterwards: compiled code holds its variables directly, and later programs
   * cannot carry their scopes. Without this a session's table grows with every run, and resolving
   * a common name (`x`, `lst`) scans every `x` ever bound.
   */
  withLocalsForgotten<T>(expand: () => T): T {
    const outer = this.journal;
    const added: Array<readonly [string, Entry]> = [];
    this.journal = added;
    try {
      return expand();
    } finally {
      this.journal = outer;
      const dead = new Map<string, Set<Entry>>();
      for (const [name, entry] of added) {
        let set = dead.get(name);
        if (set === undefined) dead.set(name, (set = new Set()));
        set.add(entry);
      }
      for (const [name, set] of dead) {
        const kept = this.byName.get(name)!.filter((e) => !set.has(e));
        if (kept.length === 0) this.byName.delete(name);
        else this.byName.set(name, kept);
      }
    }
  }

  /** How many bindings `name` has (tests of the table's growth). */
  bindingCount(name: string): number {
    return this.byName.get(name)?.length ?? 0;
  }

  /**
   * The binding of `id`: among bindings of its name whose scopes are a subset of the identifier's,
   * the one with the most scopes. Undefined when unbound. Two maximal candidates that are not
   * subsets of one another make the reference ambiguous (reported by the caller).
   */
  resolve(id: Syntax): Binding | undefined {
    const entries = this.byName.get((id.e as Sym).name);
    if (entries === undefined) return undefined;
    let best: Entry | undefined;
    for (const e of entries) {
      if (!isSubset(e.scopes, id.scopes)) continue;
      if (best === undefined || e.scopes.length > best.scopes.length) best = e;
    }
    if (best === undefined) return undefined;
    for (const e of entries) {
      if (e !== best && isSubset(e.scopes, id.scopes) && !isSubset(e.scopes, best.scopes)) {
        throw new AmbiguousBinding((id.e as Sym).name);
      }
    }
    return best.binding;
  }

  /** Every name that has at least one binding (for completion and "did you mean"). */
  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}

export class AmbiguousBinding {
  constructor(readonly name: string) {}
}
