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

  /** Binds `id` (exactly its scope set) to `binding`, replacing a binding with the same scopes. */
  add(id: Syntax, binding: Binding): void {
    const name = (id.e as Sym).name;
    let entries = this.byName.get(name);
    if (entries === undefined) this.byName.set(name, (entries = []));
    const same = entries.find((e) => sameScopes(e.scopes, id.scopes));
    if (same !== undefined) same.binding = binding;
    else entries.push({ scopes: id.scopes, binding });
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
