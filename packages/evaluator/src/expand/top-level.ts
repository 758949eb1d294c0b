// Expanding a whole program at a namespace's top level, like a module body: all definitions are
// found first (so forms may refer to definitions that come later), then everything is expanded.

import { Pair, Syntax, sym } from "@rlms/reader";
import type { Core } from "../compile/ast.js";
import type { GlobalCell } from "../compile/global.js";
import type { ExpandContext } from "./context.js";
import { expandExpression, parseDefinition, partialExpandBody, type BodyItem } from "./expander.js";
import { mapScopes, sameScopes, scopeSetAdd } from "./scope.js";
import { idName, isIdentifier, syntaxError, type Identifier } from "./shape.js";
import type { TopLevel } from "./namespace.js";
import type { Transformer } from "./binding.js";

export function expandProgram(forms: readonly Syntax[], namespace: TopLevel): Core[] {
  return namespace.table.withLocalsForgotten(() => expandTopLevel(forms, namespace));
}

function expandTopLevel(forms: readonly Syntax[], namespace: TopLevel): Core[] {
  const ctx: ExpandContext = { namespace };
  const scoped = forms.map((f) => mapScopes(f, (set) => namespace.topScopes.reduce(scopeSetAdd, set)));
  const items = partialExpandBody(scoped, ctx, {
    bind(ids: Identifier[], stx: Syntax) {
      for (const id of ids) {
        refuseScaffold(id, stx, namespace);
        // Redefinition at top level reuses the cell, so earlier closures see the new value.
        const existing = namespace.table.resolve(id);
        if (existing?.kind === "global" && !existing.cell.constant && sameScopeSet(id, existing.cell)) continue;
        const cell = namespace.makeCell(idName(id));
        cellScopes.set(cell, id.scopes);
        namespace.table.add(id, { kind: "global", cell });
        if (sameScopes(id.scopes, namespace.topScopes)) namespace.noteProgramDefinition(idName(id));
      }
    },
    bindSyntax(id: Identifier, stx: Syntax) {
      refuseScaffold(id, stx, namespace);
    },
  });
  return items.map((item) => expandItem(item, namespace));
}

/** Programs may not rebind scaffold names at top level (`define`, `define-values`, macros, eval). */
function refuseScaffold(id: Identifier, stx: Syntax, namespace: TopLevel): void {
  const existing = namespace.table.resolve(id);
  const isScaffold = existing?.kind === "global" ? existing.cell.isProtected : existing?.kind === "macro" && existing.scaffold === true;
  if (!isScaffold) return;
  const form = stx.e instanceof Pair && isIdentifier(stx.e.car) ? idName(stx.e.car) : "define";
  throw syntaxError(form, `cannot redefine scaffold binding ${idName(id)}`, stx, id);
}

function expandItem(item: BodyItem, namespace: TopLevel): Core {
  if (item.kind === "expr") return expandExpression(item.stx, { namespace });
  const cells = item.ids.map((id) => cellOf(id, namespace));
  const nameHint = item.ids.length === 1 ? idName(item.ids[0]!) : undefined;
  return { kind: "define-global", cells, value: expandExpression(item.rhs, { namespace, nameHint }), loc: item.stx.loc };
}

function cellOf(id: Identifier, namespace: TopLevel): GlobalCell {
  const b = namespace.table.resolve(id);
  if (b?.kind !== "global") throw new Error("internal: top-level definition not bound");
  return b.cell;
}

/**
 * Expands library code written in Scheme (at the empty scope set, like the primitives). Each
 * single-variable definition is deferred: its cell is defined by `evaluate` the first time
 * compiled code refers to it, so start-up cost is proportional to the part of the library a
 * program uses. The rule this imposes on library code: a definition's right-hand side has no
 * effect other than computing its value (it runs whenever the name is first needed, possibly
 * in the middle of a compilation). Returns the other forms (`define-values` of several names,
 * expressions), expanded, for the caller to run now and then seal their cells.
 */
export function expandLibrary(
  forms: readonly (Syntax | UnreadDefinition)[],
  namespace: TopLevel,
  evaluate: (value: Core) => unknown,
): Core[] {
  const ctx: ExpandContext = { namespace };
  const read: Syntax[] = [];
  for (const form of forms) {
    if (form instanceof Syntax) {
      read.push(form);
      continue;
    }
    if (form.kind === "define-syntax") {
      deferSyntaxDefinition(form, namespace);
      continue;
    }
    const cell = namespace.makeCell(form.name);
    namespace.table.add(new Syntax(sym(form.name), undefined, []), { kind: "global", cell });
    cell.defer(() => {
      const { ids, rhs } = parseDefinition(form.read(), "define");
      if (ids.length !== 1 || idName(ids[0]!) !== form.name) throw new Error(`internal: library definition of ${form.name} defines ${ids.map(idName).join(" ")}`);
      return evaluate(namespace.table.withLocalsForgotten(() => expandExpression(rhs, { namespace, nameHint: form.name })));
    });
  }
  const items = partialExpandBody(read, ctx, {
    bind(ids: Identifier[]) {
      for (const id of ids) namespace.table.add(id, { kind: "global", cell: namespace.makeCell(idName(id)) });
    },
  });
  const now: Core[] = [];
  for (const item of items) {
    if (item.kind === "define" && item.ids.length === 1) {
      const nameHint = idName(item.ids[0]!);
      const rhs = item.rhs;
      cellOf(item.ids[0]!, namespace).defer(() => evaluate(namespace.table.withLocalsForgotten(() => expandExpression(rhs, { namespace, nameHint }))));
    } else {
      now.push(expandItem(item, namespace));
    }
  }
  return now;
}

/** A library `(define name ...)` or syntax definition whose text is read only when `name` is first used. */
export interface UnreadDefinition {
  readonly kind: "define" | "define-syntax";
  readonly name: string;
  read(): Syntax;
}

/**
 * Binds a library macro to a stand-in that, on the macro's first use, reads and runs the real
 * definition (which rebinds the same identifier) and expands the use with it: most programs use
 * few of the library's macros, and compiling a syntax-rules transformer costs as much as
 * expanding a procedure.
 */
function deferSyntaxDefinition(form: UnreadDefinition, namespace: TopLevel): void {
  const id = new Syntax(sym(form.name), undefined, []);
  const standIn: Transformer = (use, ctx) => {
    partialExpandBody([form.read()], { namespace }, {
      bind() {
        throw new Error(`internal: the library syntax definition of ${form.name} defines a variable`);
      },
    });
    const b = namespace.table.resolve(id);
    if (b?.kind !== "macro" || b.transformer === standIn) throw new Error(`internal: the library syntax definition of ${form.name} did not define it`);
    return b.transformer(use, ctx);
  };
  namespace.table.add(id, { kind: "macro", name: form.name, transformer: standIn });
}

const cellScopes = new WeakMap<GlobalCell, readonly number[]>();
function sameScopeSet(id: Identifier, cell: GlobalCell): boolean {
  const s = cellScopes.get(cell);
  return s !== undefined && s.length === id.scopes.length && s.every((x, i) => x === id.scopes[i]);
}
