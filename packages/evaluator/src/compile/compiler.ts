// Core forms to nodes: resolves every local variable to a lexical address (frame depth, slot) so
// that nothing is looked up by name at run time, and calls of known library primitives become
// direct JS calls.

import { formatLocation, type SourceLocation } from "@rlms/reader";
import { Primitive } from "../values/primitive.js";
import { inlineCall } from "./inline.js";
import { UNDEFINED, type GlobalCell } from "./global.js";
import { LambdaInfo, type KeywordParam } from "../values/procedures.js";
import type { Core, LambdaForm, Variable } from "./ast.js";
import {
  App,
  ArityFailure,
  CaseLambdaNode,
  CheckedLocal,
  Const,
  DefaultArgument,
  DefineValues,
  GlobalRef,
  If,
  KeywordApp,
  Lambda,
  Let,
  LetValues,
  Local0,
  Local1,
  LocalN,
  NewFrame,
  PrimCall,
  Seq,
  SetGlobal,
  SetLocal,
  type Node,
} from "./node.js";

/** Variables of one run-time frame. Slot 0 of every frame is the enclosing frame. */
class Scope {
  readonly slots = new Map<Variable, number>();
  /** Variables that may be read before they are initialised (letrec, internal definitions). */
  readonly checked = new Set<Variable>();
  size = 1;
  constructor(readonly parent: Scope | null) {}

  add(v: Variable, checked = false): number {
    const slot = this.size++;
    this.slots.set(v, slot);
    if (checked) this.checked.add(v);
    return slot;
  }
}

/**
 * The name Racket gives an anonymous procedure (schemify's infer-procedure-name): its source, cut
 * to the last 19 characters behind "..." when longer, then line and 0-based column —
 * `...procedure-names.rkt:6:26`. It is what `#<procedure:...>` shows and what an arity error
 * starts with. A lambda with optional or keyword arguments is named by racket/private/kw.rkt
 * instead (syntax-local-infer-name), which keeps the last 20 characters of a longer source.
 */
export function procedureLocationName(loc: SourceLocation, optionalOrKeywords = false): string {
  const keep = optionalOrKeywords ? 20 : 19;
  const source = loc.source.length > keep ? `...${loc.source.slice(-keep)}` : loc.source;
  return `${source}:${loc.line}:${loc.column - 1}`;
}

/** Compiles a top-level form. */
export function compile(core: Core): Node {
  return new Compiler().expr(core, null, undefined);
}

class Compiler {
  expr(c: Core, scope: Scope | null, owner: string | undefined): Node {
    const node = this.build(c, scope, owner);
    if (node.loc === undefined) node.loc = c.loc;
    if (node.owner === undefined) node.owner = owner;
    return node;
  }

  /** Library bindings are constant: their value is known now (unless it is being defined). */
  private globalRef(cell: GlobalCell): Node {
    if (!cell.constant) return new GlobalRef(cell);
    const value = cell.resolved();
    return value === UNDEFINED ? new GlobalRef(cell) : new Const(value);
  }

  private build(c: Core, scope: Scope | null, owner: string | undefined): Node {
    switch (c.kind) {
      case "quote":
        return new Const(c.value);
      case "local":
        return this.localRef(c.variable, scope);
      case "global":
        return this.globalRef(c.cell);
      case "if":
        return new If(this.expr(c.test, scope, owner), this.expr(c.then, scope, owner), this.expr(c.else, scope, owner));
      case "begin":
        return c.body.length === 1 ? this.expr(c.body[0]!, scope, owner) : new Seq(c.body.map((b) => this.expr(b, scope, owner)));
      case "lambda":
        return new Lambda(this.lambda(c.lambda, scope));
      case "case-lambda":
        return new CaseLambdaNode(
          c.name ?? (c.loc !== undefined ? procedureLocationName(c.loc) : undefined),
          c.clauses.map((l) => this.lambda({ ...l, name: l.name ?? c.name }, scope)),
        );
      case "let": {
        const inits = c.inits.map((i) => this.expr(i, scope, owner));
        const inner = new Scope(scope);
        for (const v of c.variables) inner.add(v);
        const body = this.expr(c.body, inner, owner);
        return new Let(inits, body, inner.size);
      }
      case "letrec": {
        const inner = new Scope(scope);
        for (const v of c.variables) inner.add(v, true);
        const parts = [...c.inits.map((i) => this.expr(i, inner, owner)), this.expr(c.body, inner, owner)];
        return new NewFrame(parts.length === 1 ? parts[0]! : new Seq(parts), inner.size);
      }
      case "let-values": {
        const inits = c.inits.map((i) => this.expr(i, scope, owner));
        const inner = new Scope(scope);
        const shapes = c.formals.map((f) => {
          for (const v of f.required) inner.add(v);
          if (f.rest) inner.add(f.rest);
          return { required: f.required.length, rest: f.rest !== undefined };
        });
        const body = this.expr(c.body, inner, owner);
        return new LetValues(inits, shapes, body, inner.size);
      }
      case "set-local": {
        const { depth, index } = this.address(c.variable, scope);
        return new SetLocal(depth, index, this.expr(c.value, scope, owner));
      }
      case "set-global":
        return new SetGlobal(c.cell, this.expr(c.value, scope, owner), false);
      case "define-global": {
        const value = this.expr(c.value, scope, owner);
        return c.cells.length === 1 ? new SetGlobal(c.cells[0]!, value, true) : new DefineValues(c.cells, value);
      }
      case "app":
        return this.app(c, scope, owner);
    }
  }

  private app(c: Extract<Core, { kind: "app" }>, scope: Scope | null, owner: string | undefined): Node {
    const args = c.args.map((a) => this.expr(a, scope, owner));
    if (c.keywords.length > 0) {
      const all = [...args, ...c.keywords.map((k) => this.expr(k.value, scope, owner))];
      return new KeywordApp(this.expr(c.fn, scope, owner), all, args.length, c.keywords.map((k) => k.keyword));
    }
    if (c.fn.kind === "global" && c.fn.cell.constant && c.fn.cell.resolved() instanceof Primitive) {
      const prim = c.fn.cell.value as Primitive;
      if (args.length < prim.arity[0] || args.length > prim.arity[1]) return new ArityFailure(prim, args.length);
      return inlineCall(prim, args) ?? new PrimCall(prim, args);
    }
    return new App(this.expr(c.fn, scope, owner), args);
  }

  private address(v: Variable, scope: Scope | null): { depth: number; index: number; checked: boolean } {
    let depth = 0;
    for (let s = scope; s !== null; s = s.parent, depth++) {
      const index = s.slots.get(v);
      if (index !== undefined) return { depth, index, checked: s.checked.has(v) };
    }
    throw new Error(`internal: variable ${v.name} has no address`);
  }

  private localRef(v: Variable, scope: Scope | null): Node {
    const { depth, index, checked } = this.address(v, scope);
    if (checked) return new CheckedLocal(depth, index, v.name);
    if (depth === 0) return new Local0(index);
    if (depth === 1) return new Local1(index);
    return new LocalN(depth, index);
  }

  private lambda(l: LambdaForm, scope: Scope | null): LambdaInfo {
    const inner = new Scope(scope);
    const owner = l.name ?? (l.loc !== undefined ? formatLocation(l.loc) : undefined);
    for (const v of l.required) inner.add(v);
    const optionalSlots = l.optional.map((o) => inner.add(o.variable));
    const sortedKeywords = [...l.keywords].sort((a, b) => (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0));
    const keywordParams: KeywordParam[] = sortedKeywords.map((k) => ({ keyword: k.keyword, slot: inner.add(k.variable), required: k.init === undefined }));
    if (l.rest) inner.add(l.rest);
    // A body's internal definitions live in the lambda's own frame: no second frame per call.
    let body = l.body;
    if (body.kind === "letrec") {
      for (const v of body.variables) inner.add(v, true);
      body = body.inits.length === 0 ? body.body : { kind: "begin", body: [...body.inits, body.body] };
    }
    const prelude: Node[] = [];
    l.optional.forEach((o, i) => prelude.push(new DefaultArgument(optionalSlots[i]!, this.expr(o.init, inner, owner))));
    sortedKeywords.forEach((k, i) => {
      if (k.init !== undefined) prelude.push(new DefaultArgument(keywordParams[i]!.slot, this.expr(k.init, inner, owner)));
    });
    const info = new LambdaInfo(
      l.name,
      l.required.length,
      l.optional.length,
      l.rest !== undefined,
      keywordParams,
      0,
      undefined,
      l.loc !== undefined ? procedureLocationName(l.loc, l.optional.length > 0 || l.keywords.length > 0) : undefined,
    );
    const compiled = this.expr(body, inner, owner);
    const full = prelude.length > 0 ? new Seq([...prelude, compiled]) : compiled;
    // The frame size is known only once the body is compiled (it may merge definitions).
    info.frameSize = inner.size;
    info.body = full;
    return info;
  }
}
