// racket/match patterns, parsed from syntax into a small tree that match-compile.ts turns into
// tests. As in Racket, the pattern forms (`list`, `cons`, `?`, `and`...) are recognised by name,
// whatever those names are bound to; any other `(id pat ...)` is a struct pattern.

import { Char, Flonum, Keyword, MString, NIL, Pair, Ratnum, Syntax, type SourceLocation } from "@rlms/reader";
import { L, core, idName, isBound, isIdentifier, listParts, syntaxError, syntaxErrorAt, syntaxList, temp, type ExpandContext, type Identifier } from "./build.js";

export type Pattern =
  | { readonly kind: "any" }
  | { readonly kind: "var"; readonly id: Identifier }
  /** equal? to a datum (a literal or a quoted datum). */
  | { readonly kind: "literal"; readonly datum: unknown }
  | { readonly kind: "pair"; readonly car: Pattern; readonly cdr: Pattern }
  /** A list: items (some followed by an ellipsis), then `tail` on what remains (null for `list`). */
  | { readonly kind: "list"; readonly items: readonly ListItem[]; readonly tail: Pattern | undefined }
  | { readonly kind: "vector"; readonly items: readonly ListItem[] }
  /**
   * `(list-no-order pat ...)`: a list whose elements match the patterns in some order, one
   * element each; `rest` (`(list-no-order pat ... rest ...)`) takes the elements left over.
   */
  | { readonly kind: "unordered"; readonly items: readonly Pattern[]; readonly rest: ListItem | undefined }
  | { readonly kind: "box"; readonly content: Pattern }
  | { readonly kind: "pred"; readonly pred: unknown; readonly patterns: readonly Pattern[] }
  | { readonly kind: "and"; readonly patterns: readonly Pattern[] }
  | { readonly kind: "or"; readonly patterns: readonly Pattern[]; readonly stx: unknown }
  | { readonly kind: "not"; readonly patterns: readonly Pattern[] }
  | { readonly kind: "app"; readonly fn: unknown; readonly patterns: readonly Pattern[] }
  /** `(name pat ...)`; `notAStruct` is the error when name's value is no struct type. */
  | { readonly kind: "struct"; readonly name: Identifier; readonly fields: readonly Pattern[]; readonly stx: unknown; readonly fieldsStx: unknown; readonly notAStruct: string }
  | { readonly kind: "equal"; readonly expr: unknown; readonly compare: unknown };

export interface ListItem {
  readonly pattern: Pattern;
  /** For `pat ...` (min 0) and `pat ..k` (min k): the least number of elements. */
  readonly repeat: number | undefined;
}

/** Pattern forms Racket has that rlms does not. */
const UNSUPPORTED = new Set(["regexp", "pregexp", "list-no-order", "mcons", "mlist", "struct*", "vector-no-order", "object"]);

/** `...`, `___`: 0; `..k`, `__k`: k; otherwise undefined. */
export function ellipsisMinimum(x: unknown): number | undefined {
  if (!isIdentifier(x)) return undefined;
  const name = idName(x);
  if (name === "..." || name === "___") return 0;
  const m = /^(?:\.\.|__)(\d+)$/.exec(name);
  return m === null ? undefined : Number(m[1]);
}

/** Literal data that match themselves (with equal?). */
function isSelfMatching(e: unknown): boolean {
  return (
    typeof e === "number" ||
    typeof e === "bigint" ||
    typeof e === "string" ||
    typeof e === "boolean" ||
    e instanceof Flonum ||
    e instanceof Ratnum ||
    e instanceof MString ||
    e instanceof Char ||
    e instanceof Keyword ||
    Array.isArray(e)
  );
}

export class PatternParser {
  constructor(
    private readonly who: string,
    private readonly ctx: ExpandContext,
  ) {}

  private syntaxErrorIn(pattern: unknown): never {
    throw syntaxError(this.who, "syntax error in pattern", pattern);
  }

  parse(stx: unknown): Pattern {
    if (isIdentifier(stx)) {
      const name = idName(stx);
      if (name === "_") return { kind: "any" };
      if (ellipsisMinimum(stx) !== undefined) throw syntaxError(this.who, "incorrect use of ... in pattern", stx);
      return { kind: "var", id: stx };
    }
    const e = stx instanceof Syntax ? stx.e : stx;
    const parts = syntaxList(stx);
    if (parts === undefined || parts.length === 0) {
      if (listParts(stx).items.length > 0) this.syntaxErrorIn(stx);
      if (isSelfMatching(e)) return { kind: "literal", datum: stx };
      this.syntaxErrorIn(stx);
    }
    const head = parts[0];
    if (!isIdentifier(head)) this.syntaxErrorIn(stx);
    const args = parts.slice(1);
    const name = idName(head);
    switch (name) {
      case "quote":
        if (args.length !== 1) this.syntaxErrorIn(stx);
        return { kind: "literal", datum: args[0] };
      case "quasiquote":
        if (args.length !== 1) this.syntaxErrorIn(stx);
        return this.quasi(args[0]);
      case "list":
        return { kind: "list", items: this.items(args, stx), tail: undefined };
      case "list-rest":
      case "list*":
        if (args.length === 0) this.syntaxErrorIn(stx);
        return { kind: "list", items: this.items(args.slice(0, -1), stx), tail: this.parse(args[args.length - 1]) };
      case "cons":
        if (args.length !== 2) this.syntaxErrorIn(stx);
        return { kind: "pair", car: this.parse(args[0]), cdr: this.parse(args[1]) };
      case "vector":
        return { kind: "vector", items: this.items(args, stx) };
      case "list-no-order":
        return this.unordered(args, stx);
      case "regexp":
      case "pregexp":
        return this.regexp(name, args, stx);
      case "box":
        if (args.length !== 1) this.syntaxErrorIn(stx);
        return { kind: "box", content: this.parse(args[0]) };
      case "?":
        if (args.length === 0) this.syntaxErrorIn(stx);
        return { kind: "pred", pred: args[0], patterns: args.slice(1).map((p) => this.parse(p)) };
      case "and":
        return { kind: "and", patterns: args.map((p) => this.parse(p)) };
      case "or":
        return { kind: "or", patterns: args.map((p) => this.parse(p)), stx };
      case "not":
        return { kind: "not", patterns: args.map((p) => this.parse(p)) };
      case "app":
        if (args.length === 0) this.syntaxErrorIn(stx);
        return { kind: "app", fn: args[0], patterns: args.slice(1).map((p) => this.parse(p)) };
      case "var":
        if (args.length !== 1 || !isIdentifier(args[0])) this.syntaxErrorIn(stx);
        return { kind: "var", id: args[0] };
      case "==":
        if (args.length < 1 || args.length > 2) this.syntaxErrorIn(stx);
        return { kind: "equal", expr: args[0], compare: args[1] };
      case "hash-table":
        return this.hashTable(args, stx);
      case "struct": {
        const fields = syntaxList(args[1]);
        if (args.length !== 2 || !isIdentifier(args[0]) || fields === undefined) this.syntaxErrorIn(stx);
        const notAStruct = syntaxErrorAt(this.who, `${idName(args[0])} does not refer to a structure definition`, stx, args[0]);
        if (!isBound(args[0], this.ctx)) throw notAStruct;
        return { kind: "struct", name: args[0], fields: fields.map((p) => this.parse(p)), stx, fieldsStx: args[1], notAStruct: notAStruct.message };
      }
      default: {
        if (UNSUPPORTED.has(name)) throw syntaxErrorAt(this.who, `the ${name} pattern is not supported in rlms`, stx, head);
        const notAStruct = syntaxError(this.who, "syntax error in pattern", stx);
        if (!isBound(head, this.ctx)) throw notAStruct;
        const fieldsStx = new Syntax(listFrom(args), locOfParts(args), []);
        return { kind: "struct", name: head, fields: args.map((p) => this.parse(p)), stx, fieldsStx, notAStruct: notAStruct.message };
      }
    }
  }

  /**
   * `(list-no-order pat ...)`, `(list-no-order pat ... lp ooo)`. As in Racket, a variable may not
   * appear in two of the patterns.
   */
  private unordered(args: readonly unknown[], stx: unknown): Pattern {
    const repeat = args.length >= 2 ? ellipsisMinimum(args[args.length - 1]) : undefined;
    const fixed = repeat === undefined ? args : args.slice(0, -2);
    const stray = fixed.find((x) => ellipsisMinimum(x) !== undefined);
    if (stray !== undefined || (args.length === 1 && ellipsisMinimum(args[0]) !== undefined)) {
      throw syntaxErrorAt("match", "dot dot k can only appear at the end of unordered match patterns", stx, stray ?? args[0]);
    }
    const items = fixed.map((p) => this.parse(p));
    const rest = repeat === undefined ? undefined : { pattern: this.parse(args[args.length - 2]), repeat };
    const seen: Identifier[] = [];
    for (const p of rest === undefined ? items : [rest.pattern, ...items]) {
      const vars = patternVariables(p);
      const duplicate = vars.find((v) => seen.some((s) => sameIdentifier(s, v)));
      if (duplicate !== undefined) throw syntaxError("list-no-order", "unexpected duplicate identifier", duplicate);
      seen.push(...vars);
    }
    return { kind: "unordered", items, rest };
  }

  /**
   * `(regexp rx [pat])` and `(pregexp rx [pat])`: a string that `rx` matches (a string `rx` is
   * compiled as the form says); `pat` is matched against regexp-match's result.
   */
  private regexp(form: string, args: readonly unknown[], stx: unknown): Pattern {
    if (args.length < 1 || args.length > 2) this.syntaxErrorIn(stx);
    const e = temp("input");
    const r = args[0];
    const rx = form === "pregexp" ? L(undefined, core("if"), L(undefined, core("pregexp?"), r), r, L(undefined, core("pregexp"), r)) : r;
    const matcher = L(undefined, core("lambda"), L(undefined, e), L(undefined, core("regexp-match"), rx, e));
    const result: Pattern = args.length === 2 ? this.parse(args[1]) : { kind: "pred", pred: core("values"), patterns: [] };
    return { kind: "and", patterns: [{ kind: "pred", pred: core("string?"), patterns: [] }, { kind: "app", fn: matcher, patterns: [result] }] };
  }

  /**
   * `(hash-table (key pat) ...)` with literal keys: the table has each key, and its value matches
   * `pat` (other keys may be there too). Otherwise, as in Racket, the entries as `(key value)`
   * lists match `(list-no-order (list kpat vpat) ... [rest ooo])`: every entry matches one of
   * the patterns (or the rest pattern, which may be any identifier or `(k v)` pattern).
   */
  private hashTable(entries: readonly unknown[], stx: unknown): Pattern {
    const parsed = entries.map((e) => syntaxList(e));
    const isHash: Pattern = { kind: "pred", pred: core("hash?"), patterns: [] };
    const last = entries.length - 1;
    const repeated = last >= 1 && ellipsisMinimum(entries[last]) !== undefined;
    if (!repeated && entries.length > 0 && parsed.every((entry) => entry?.length === 2 && this.isLiteralKey(entry[0]))) {
      const lookups: Pattern[] = [isHash];
      for (const entry of parsed) {
        const keyExpr = quotedKey(entry![0]);
        lookups.push({ kind: "pred", pred: hashLookup("hash-has-key?", keyExpr), patterns: [] });
        lookups.push({ kind: "app", fn: hashLookup("hash-ref", keyExpr), patterns: [this.parse(entry![1])] });
      }
      return { kind: "and", patterns: lookups };
    }
    if (entries.slice(0, repeated ? last : undefined).some((e) => ellipsisMinimum(e) !== undefined)) {
      throw syntaxErrorAt("match", "dot dot k can only appear at the end of hash-table patterns", stx, entries.find((e) => ellipsisMinimum(e) !== undefined));
    }
    const elements = entries.map((e, i) => {
      if (ellipsisMinimum(e) !== undefined || isIdentifier(e)) return e;
      const kv = parsed[i];
      if (kv?.length !== 2) throw syntaxError("match", "syntax error in hash-table pattern", stx);
      return L(undefined, core("list"), kv[0], kv[1]);
    });
    const h = temp("table");
    const asLists = L(undefined, core("lambda"), L(undefined, h), L(undefined, core("hash-map"), h, core("list")));
    return { kind: "and", patterns: [isHash, { kind: "app", fn: asLists, patterns: [this.unordered(elements, stx)] }] };
  }

  /** A key pattern that is a literal or a quoted datum. */
  private isLiteralKey(x: unknown): boolean {
    const parts = syntaxList(x);
    if (parts !== undefined) return parts.length === 2 && isIdentifier(parts[0]) && idName(parts[0]) === "quote";
    return !isIdentifier(x) && isSelfMatching(x instanceof Syntax ? x.e : x);
  }

  /** The items of the list pattern `list`, with `pat ...` / `pat ..k` repetitions. */
  private items(xs: readonly unknown[], list: unknown): ListItem[] {
    const out: ListItem[] = [];
    for (let i = 0; i < xs.length; i++) {
      if (ellipsisMinimum(xs[i]) !== undefined) {
        // Racket's wording depends on whether anything follows the stray ellipsis.
        if (i === xs.length - 1) throw syntaxErrorAt(this.who, "incorrect use of ... in pattern", list, xs[i]);
        throw syntaxError(this.who, "incorrect use of ... in pattern", xs[i]);
      }
      const next = ellipsisMinimum(xs[i + 1]);
      out.push({ pattern: this.parse(xs[i]), repeat: next });
      if (next !== undefined) i++;
    }
    return out;
  }

  /** A quasi-pattern: literal data, with `,pat` and `,@pat` holes and `...` after elements. */
  private quasi(stx: unknown): Pattern {
    const unquoted = this.unquote(stx, "unquote");
    if (unquoted !== undefined) return this.parse(unquoted);
    const e = stx instanceof Syntax ? stx.e : stx;
    if (Array.isArray(e)) return { kind: "vector", items: this.quasiItems(e, undefined).items };
    const { items, tail } = listParts(stx);
    if (items.length === 0) return { kind: "literal", datum: stx };
    // `(a . ,b)` reads as `(a unquote b)`: that unquote is the tail.
    const n = items.length;
    if (n >= 3 && isIdentifier(items[n - 2]) && idName(items[n - 2] as Identifier) === "unquote" && tail === NIL) {
      return { kind: "list", items: this.quasiItems(items.slice(0, n - 2), undefined).items, tail: this.parse(items[n - 1]) };
    }
    const tailPattern = tail === NIL ? undefined : this.quasi(tail);
    const out = this.quasiItems(items, tailPattern);
    return { kind: "list", items: out.items, tail: out.tail };
  }

  private unquote(x: unknown, name: string): unknown {
    const parts = syntaxList(x);
    return parts !== undefined && parts.length === 2 && isIdentifier(parts[0]) && idName(parts[0]) === name ? parts[1] : undefined;
  }

  /**
   * The items of a quasi-pattern list. `,@pat` splices: the items of a `list` pattern in place,
   * or, last in the list, a pattern for the rest of it.
   */
  private quasiItems(xs: readonly unknown[], tail: Pattern | undefined): { items: ListItem[]; tail: Pattern | undefined } {
    const items: ListItem[] = [];
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const splice = this.unquote(x, "unquote-splicing");
      if (splice !== undefined) {
        const inner = this.parse(splice);
        if (inner.kind === "list" && inner.tail === undefined) items.push(...inner.items);
        else if (i === xs.length - 1 && tail === undefined) tail = inner;
        else throw syntaxError(this.who, "unquote-splicing pattern must be a list pattern or come last", x);
        continue;
      }
      if (ellipsisMinimum(x) !== undefined) throw syntaxError(this.who, "incorrect use of ... in pattern", x);
      const next = ellipsisMinimum(xs[i + 1]);
      items.push({ pattern: this.quasi(x), repeat: next });
      if (next !== undefined) i++;
    }
    return { items, tail };
  }
}

/** A literal key as an expression: quoted, since vectors are not self-quoting in expressions. */
function quotedKey(key: unknown): unknown {
  const parts = syntaxList(key);
  return parts !== undefined ? key : L(undefined, core("quote"), key);
}

/** `(lambda (h) (op h key))`. */
function hashLookup(op: string, key: unknown): unknown {
  const h = temp("table");
  return L(undefined, core("lambda"), L(undefined, h), L(undefined, core(op), h, key));
}

function listFrom(items: readonly unknown[]): unknown {
  let out: unknown = NIL;
  for (let i = items.length - 1; i >= 0; i--) out = new Pair(items[i], out);
  return out;
}

function locOfParts(items: readonly unknown[]): SourceLocation | undefined {
  const first = items[0];
  return first instanceof Syntax ? first.loc : undefined;
}

/** The identifiers a pattern binds, in order of first appearance (each name once). */
export function patternVariables(p: Pattern, out: Identifier[] = []): Identifier[] {
  const add = (id: Identifier) => {
    if (!out.some((o) => sameIdentifier(o, id))) out.push(id);
  };
  switch (p.kind) {
    case "var":
      add(p.id);
      break;
    case "pair":
      patternVariables(p.car, out);
      patternVariables(p.cdr, out);
      break;
    case "list":
      for (const item of p.items) patternVariables(item.pattern, out);
      if (p.tail !== undefined) patternVariables(p.tail, out);
      break;
    case "vector":
      for (const item of p.items) patternVariables(item.pattern, out);
      break;
    case "unordered":
      for (const item of p.items) patternVariables(item, out);
      if (p.rest !== undefined) patternVariables(p.rest.pattern, out);
      break;
    case "box":
      patternVariables(p.content, out);
      break;
    case "pred":
    case "and":
    case "app":
      for (const q of p.patterns) patternVariables(q, out);
      break;
    case "or":
      if (p.patterns.length > 0) patternVariables(p.patterns[0]!, out);
      break;
    case "struct":
      for (const q of p.fields) patternVariables(q, out);
      break;
    default:
      break;
  }
  return out;
}

/** Same name and scopes: the same pattern variable. */
export function sameIdentifier(a: Identifier, b: Identifier): boolean {
  return idName(a) === idName(b) && a.scopes.length === b.scopes.length && a.scopes.every((s, i) => s === b.scopes[i]);
}
