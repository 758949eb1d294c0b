// Expanding a whole program at a namespace's top level, like a module body: all definitions are
// found first (so forms may refer to definitions that come later), then everything is expanded.

import type { Syntax } from "@rlms/reader";
import type { Core } from "../compile/ast.js";
import type { GlobalCell } from "../compile/global.js";
import type { ExpandContext } from "./context.js";
import { expandExpression, partialExpandBody } from "./expander.js";
import { mapScopes, scopeSetAdd } from "./scope.js";
import { idName, type Identifier } from "./shape.js";
import type { TopLevel } from "./namespace.js";

/**
 * `library`: the program defines library bindings (no top-level scope is added, so its
 * definitions live at the empty scope set like the primitives; the caller seals the cells).
 */
export function expandProgram(forms: readonly Syntax[], namespace: TopLevel, library = false): Core[] {
  const ctx: ExpandContext = { namespace };
  const scoped = library ? forms : forms.map((f) => mapScopes(f, (set) => namespace.topScopes.reduce(scopeSetAdd, set)));
  const items = partialExpandBody(scoped, ctx, {
    bind(ids: Identifier[]) {
      for (const id of ids) {
        // Redefinition at top level reuses the cell, so earlier closures see the new value.
        const existing = namespace.table.resolve(id);
        if (existing?.kind === "global" && !existing.cell.constant && sameScopeSet(id, existing.cell)) continue;
        const cell = namespace.makeCell(idName(id));
        cellScopes.set(cell, id.scopes);
        namespace.table.add(id, { kind: "global", cell });
      }
    },
  });
  return items.map((item): Core => {
    if (item.kind === "expr") return expandExpression(item.stx, ctx);
    const cells = item.ids.map((id) => {
      const b = namespace.table.resolve(id);
      if (b?.kind !== "global") throw new Error("internal: top-level definition not bound");
      return b.cell;
    });
    const nameHint = item.ids.length === 1 ? idName(item.ids[0]!) : undefined;
    return { kind: "define-global", cells, value: expandExpression(item.rhs, { namespace, nameHint }), loc: item.stx.loc };
  });
}

const cellScopes = new WeakMap<GlobalCell, readonly number[]>();
function sameScopeSet(id: Identifier, cell: GlobalCell): boolean {
  const s = cellScopes.get(cell);
  return s !== undefined && s.length === id.scopes.length && s.every((x, i) => x === id.scopes[i]);
}
