// syntax-rules: R7RS pattern-based macros, with Racket's extensions and Racket's error messages.
//
// compileSyntaxRules validates a `(syntax-rules ...)` form once and compiles every clause: the
// pattern into a tree of matcher closures and the template into a tree of generator closures, so
// a macro use only runs closures and never re-analyses the rules.
//
// Hygiene is the expander's job (sets of scopes: it adds an introduction scope to the use, calls
// the transformer, and flips that scope on the result). The transformer only has to copy: pieces
// of the template are returned as the very Syntax objects of the definition, and pattern-variable
// matches as the very objects of the use, so every identifier keeps its scopes. Only new list and
// vector structure is allocated; it takes its loc and scopes from the template list it instantiates.
//
// Pattern variables are bound in an environment array `env`: a variable of ellipsis depth 0 holds
// the matched syntax; depth n holds a JS array of depth n-1 values. Template iteration uses further
// slots of the same array (see Level), so expansion allocates only its output.

import {
  Box,
  HashTable,
  NIL,
  Pair,
  Sym,
  Syntax,
  isEqual,
  list,
  printTruncated,
  syntaxToDatum,
  type ScopeSet,
  type SourceLocation,
} from "@rlms/reader";
import { Exn } from "../errors/exn.js";
import {
  boundIdentifierEq,
  isEmptyList,
  isIdentifier,
  locOf,
  scopesSubset,
  unwrap,
  viewList,
  viewVector,
  type Identifier,
} from "./syntax-list.js";

export interface SyntaxRulesEnv {
  /** free-identifier=? : do the two identifiers refer to the same binding? (literals are matched with it) */
  sameBinding(a: Syntax, b: Syntax): boolean;
  /**
   * Is this identifier the core ellipsis `...`? The expander should answer with sameBinding against
   * the core `...`, so that a user binding of `...` disables it; a name test also works. Only
   * consulted when the form does not name a custom ellipsis.
   */
  isEllipsis(id: Syntax): boolean;
  /** Is this identifier the core wildcard `_` (same advice as isEllipsis)? */
  isUnderscore(id: Syntax): boolean;
}

export type Transformer = (use: Syntax) => Syntax;

// ---- errors ------------------------------------------------------------------------------------

/** Racket's error-print-width: how much of a form an error message shows. */
const ERROR_PRINT_WIDTH = 256;

function show(x: unknown): string {
  return printTruncated(syntaxToDatum(x), "write", ERROR_PRINT_WIDTH);
}

/**
 * An error shaped like Racket's raise-syntax-error: `who: message`, then `at: sub` when a
 * sub-form is blamed, then `in: form`. The srcloc is the blamed piece's, else the form's.
 */
function syntaxError(who: string, message: string, form: unknown, sub?: unknown): Exn {
  const at = sub === undefined ? "" : `\n  at: ${show(sub)}`;
  return new Exn("exn:fail:syntax", `${who}: ${message}${at}\n  in: ${show(form)}`, locOf(sub) ?? locOf(form));
}

/**
 * Racket reports a malformed syntax-rules form as plain `syntax-rules: bad syntax` in the whole
 * form; we say the same but point the srcloc at the offending piece, which is more useful.
 */
function badSyntax(form: Syntax, piece: unknown): Exn {
  return new Exn("exn:fail:syntax", `syntax-rules: bad syntax\n  in: ${show(form)}`, locOf(piece) ?? form.loc);
}

// ---- the form's vocabulary ---------------------------------------------------------------------

/** What a syntax-rules form says about its identifiers: literals, and which identifier is the ellipsis. */
interface Rules {
  readonly env: SyntaxRulesEnv;
  isLiteral(id: Identifier): boolean;
  /** False for everything when the ellipsis is disabled (it appears among the literals). */
  isEllipsis(x: unknown): x is Identifier;
}

// ---- patterns ----------------------------------------------------------------------------------

/** Matches `x`, writing pattern variables into `env`; false if `x` does not match. */
type Matcher = (x: unknown, env: unknown[]) => boolean;

interface PatternVar {
  readonly id: Identifier;
  /** How many ellipses the variable is under in the pattern. */
  readonly depth: number;
  readonly slot: number;
}

/** A subpattern followed by an ellipsis, and the slots of the variables it binds. */
interface Repeat {
  readonly sub: Matcher;
  readonly slots: readonly number[];
}

const matchAny: Matcher = () => true;

/** Matches `rep` against items[from..to) and binds each of its variables to the array of matches. */
function matchRepeated(rep: Repeat, items: readonly unknown[], from: number, to: number, env: unknown[]): boolean {
  const { sub, slots } = rep;
  if (slots.length === 0) {
    for (let i = from; i < to; i++) if (!sub(items[i], env)) return false;
    return true;
  }
  const columns: unknown[][] = slots.map(() => []);
  for (let i = from; i < to; i++) {
    if (!sub(items[i], env)) return false;
    for (let k = 0; k < slots.length; k++) columns[k].push(env[slots[k]]);
  }
  for (let k = 0; k < slots.length; k++) env[slots[k]] = columns[k];
  return true;
}

/**
 * A list pattern `(pre ... [rep <ellipsis> post ...] [. tail])`. The use may be a bare pair chain or
 * Syntax around one, with Syntax-wrapped cdrs anywhere: the spine is walked through them. A tail
 * pattern receives the remaining cdr exactly as stored (so a rest variable binds the use's own
 * objects); a repetition is greedy, taking every pair except the `post` ones.
 */
function listMatcher(
  pre: readonly Matcher[],
  rep: Repeat | undefined,
  post: readonly Matcher[],
  tail: Matcher | undefined,
): Matcher {
  if (rep === undefined) {
    return (x, env) => {
      let p = x;
      for (const m of pre) {
        if (p instanceof Syntax) p = p.e;
        if (!(p instanceof Pair) || !m(p.car, env)) return false;
        p = p.cdr;
      }
      return tail === undefined ? isEmptyList(p) : tail(p, env);
    };
  }
  return (x, env) => {
    let p = x;
    for (const m of pre) {
      if (p instanceof Syntax) p = p.e;
      if (!(p instanceof Pair) || !m(p.car, env)) return false;
      p = p.cdr;
    }
    const rest: unknown[] = [];
    for (;;) {
      if (p instanceof Syntax && (p.e instanceof Pair || p.e === NIL)) p = p.e;
      if (!(p instanceof Pair)) break;
      rest.push(p.car);
      p = p.cdr;
    }
    const n = rest.length - post.length;
    if (n < 0) return false;
    if (tail === undefined ? p !== NIL : !tail(p, env)) return false;
    if (!matchRepeated(rep, rest, 0, n, env)) return false;
    for (let i = 0; i < post.length; i++) if (!post[i](rest[n + i], env)) return false;
    return true;
  };
}

function vectorMatcher(pre: readonly Matcher[], rep: Repeat | undefined, post: readonly Matcher[]): Matcher {
  const fixed = pre.length + post.length;
  return (x, env) => {
    const v = viewVector(x);
    if (v === undefined || (rep === undefined ? v.length !== fixed : v.length < fixed)) return false;
    for (let i = 0; i < pre.length; i++) if (!pre[i](v[i], env)) return false;
    const n = v.length - post.length;
    if (rep !== undefined && !matchRepeated(rep, v, pre.length, n, env)) return false;
    for (let i = 0; i < post.length; i++) if (!post[i](v[n + i], env)) return false;
    return true;
  };
}

/** Any other datum (number, string, boolean, char, keyword, ...) matches by equal?. */
function datumMatcher(p: unknown): Matcher {
  const d = syntaxToDatum(p);
  // Only containers can hold syntax inside; atoms just need the one level of unwrapping.
  if (d instanceof Box || d instanceof HashTable) return (x) => isEqual(syntaxToDatum(x), d);
  return (x) => isEqual(unwrap(x), d);
}

class PatternCompiler {
  readonly vars: PatternVar[] = [];

  constructor(
    private readonly rules: Rules,
    /** The whole pattern, for error messages. */
    private readonly pattern: unknown,
  ) {}

  private error(message: string, sub: unknown): Exn {
    return syntaxError("syntax-rules", message, this.pattern, sub);
  }

  /** The clause's pattern: its first element is the macro keyword, which matches anything. */
  top(items: readonly unknown[], tail: unknown): Matcher {
    return this.list(items, tail, 0, true, true);
  }

  private compile(p: unknown, depth: number, ellipsisOn: boolean): Matcher {
    if (isIdentifier(p)) return this.identifier(p, depth, ellipsisOn);
    const lv = viewList(p);
    if (lv !== undefined) {
      const first = lv.items[0];
      if (ellipsisOn && this.rules.isEllipsis(first)) {
        // `(... p)` escapes the ellipsis in p, as in templates (Racket accepts it in patterns too).
        if (lv.items.length === 2 && lv.tail === NIL) return this.compile(lv.items[1], depth, false);
        throw this.error("misplaced ellipsis in pattern", first);
      }
      return this.list(lv.items, lv.tail, depth, ellipsisOn, false);
    }
    const vec = viewVector(p);
    if (vec !== undefined) {
      const [pre, rep, post] = this.sequence(vec, depth, ellipsisOn, false);
      return vectorMatcher(pre, rep, post);
    }
    return datumMatcher(p);
  }

  private identifier(id: Identifier, depth: number, ellipsisOn: boolean): Matcher {
    const { env } = this.rules;
    // Literals first: R7RS lets `_` (and the ellipsis) be listed as literals.
    if (this.rules.isLiteral(id)) return (x) => isIdentifier(x) && env.sameBinding(x, id);
    if (ellipsisOn && this.rules.isEllipsis(id)) throw this.error("misplaced ellipsis in pattern", id);
    if (env.isUnderscore(id)) return matchAny;
    if (this.vars.some((v) => boundIdentifierEq(v.id, id))) throw this.error("variable used twice in pattern", id);
    const slot = this.vars.length;
    this.vars.push({ id, depth, slot });
    return (x, e) => {
      e[slot] = x;
      return true;
    };
  }

  private list(items: readonly unknown[], tail: unknown, depth: number, ellipsisOn: boolean, top: boolean): Matcher {
    const [pre, rep, post] = this.sequence(items, depth, ellipsisOn, top);
    let tailMatcher: Matcher | undefined;
    if (tail !== NIL) {
      if (ellipsisOn && this.rules.isEllipsis(tail)) throw this.error("misplaced ellipsis in pattern", tail);
      tailMatcher = this.compile(tail, depth, ellipsisOn);
    }
    return listMatcher(pre, rep, post, tailMatcher);
  }

  /** Splits the elements of a list or vector pattern around its (at most one) ellipsis. */
  private sequence(
    items: readonly unknown[],
    depth: number,
    ellipsisOn: boolean,
    top: boolean,
  ): [Matcher[], Repeat | undefined, Matcher[]] {
    let repeated = -1; // index of the element the ellipsis follows
    if (ellipsisOn) {
      for (let i = top ? 1 : 0; i < items.length; i++) {
        if (!this.rules.isEllipsis(items[i])) continue;
        // Index 0 of a nested list is an escape (handled by compile); in a vector it is misplaced.
        if (i === 0) throw this.error("misplaced ellipsis in pattern", items[i]);
        if (repeated >= 0) throw this.error("misplaced ellipsis in pattern (follows other ellipsis)", items[i]);
        repeated = i - 1;
      }
    }
    // Racket treats the keyword position as `_`, even when an ellipsis follows it: `(_ ... x)`.
    const element = (i: number, d: number): Matcher => (top && i === 0 ? matchAny : this.compile(items[i], d, ellipsisOn));
    if (repeated < 0) return [items.map((_, i) => element(i, depth)), undefined, []];
    const pre: Matcher[] = [];
    for (let i = 0; i < repeated; i++) pre.push(element(i, depth));
    const firstVar = this.vars.length;
    const sub = element(repeated, depth + 1);
    const slots = this.vars.slice(firstVar).map((v) => v.slot);
    const post: Matcher[] = [];
    for (let i = repeated + 2; i < items.length; i++) post.push(element(i, depth));
    return [pre, { sub, slots }, post];
  }
}

// ---- templates ---------------------------------------------------------------------------------

/** Produces the template's output from the environment. */
type Gen = (env: unknown[]) => unknown;
/** Produces zero or more list elements into `out`. */
type PartGen = (env: unknown[], out: unknown[]) => void;

interface Compiled {
  readonly gen: Gen;
  /** The output is always the template object itself: the parent can reuse its own object whole. */
  readonly constant: boolean;
  /** Some pattern variable occurs inside (what an ellipsis needs to iterate over). */
  readonly hasVars: boolean;
}

/**
 * One ellipsis of the template. Following Racket, a variable of pattern depth d under D ≥ d
 * template ellipses is iterated by the d innermost of them; the outer ones repeat it unchanged.
 * So iteration is per occurrence: in `((y (y ...)) ...)` the outer ellipsis iterates the first y
 * only. Each level therefore maps the slot it reads (an array) to a fresh slot that receives the
 * array's elements one at a time; occurrences that the same level iterates share that slot, which
 * is what makes `((x y) ...)` walk x and y in step.
 */
interface Level {
  readonly ellipsis: Identifier;
  /** The template element with its ellipses, for the count-mismatch message. */
  readonly segment: readonly unknown[];
  readonly from: number[];
  readonly to: number[];
  readonly bySource: Map<number, number>;
}

/** Where new list structure takes its loc and scopes from. */
interface Context {
  readonly loc: SourceLocation | undefined;
  readonly scopes: ScopeSet;
}

function constantOf(t: unknown): Compiled {
  return { gen: () => t, constant: true, hasVars: false };
}

/** Runs the body once per element at each of `levels` (outermost first), splicing the results. */
function repeater(levels: readonly Level[], body: Gen): PartGen {
  const k = levels.length;
  const run = (env: unknown[], j: number, out: unknown[]): void => {
    if (j === k) {
      out.push(body(env));
      return;
    }
    const level = levels[j];
    const { from, to } = level;
    const n = (env[from[0]] as unknown[]).length;
    for (let m = 1; m < from.length; m++) {
      if ((env[from[m]] as unknown[]).length !== n) {
        // Racket raises this one from `syntax` at expansion time, blaming the template's ellipsis.
        throw syntaxError("syntax", "incompatible ellipsis match counts for template", list(level.segment), level.ellipsis);
      }
    }
    for (let i = 0; i < n; i++) {
      for (let m = 0; m < from.length; m++) env[to[m]] = (env[from[m]] as unknown[])[i];
      run(env, j + 1, out);
    }
  };
  return (env, out) => run(env, 0, out);
}

class TemplateCompiler {
  /** Slots past the pattern variables are allocated to ellipsis levels. */
  nextSlot: number;
  private readonly varsByName = new Map<Sym, PatternVar[]>();

  constructor(
    private readonly rules: Rules,
    /** The whole template, for error messages. */
    private readonly template: unknown,
    vars: readonly PatternVar[],
  ) {
    this.nextSlot = vars.length;
    for (const v of vars) {
      const same = this.varsByName.get(v.id.e);
      if (same === undefined) this.varsByName.set(v.id.e, [v]);
      else same.push(v);
    }
  }

  private error(message: string, sub: unknown): Exn {
    return syntaxError("syntax-rules", message, this.template, sub);
  }

  /**
   * The pattern variable a template identifier refers to. As with any binding under sets of
   * scopes, the variable's scopes must be a subset of the reference's, and the largest such set
   * wins. Within one hand-written form the scopes are equal; the subset rule matters for
   * syntax-rules forms generated by other macros.
   */
  private lookup(id: Identifier): PatternVar | undefined {
    const candidates = this.varsByName.get(id.e);
    if (candidates === undefined) return undefined;
    let best: PatternVar | undefined;
    for (const v of candidates) {
      if (!scopesSubset(v.id.scopes, id.scopes)) continue;
      if (best === undefined || v.id.scopes.length > best.id.scopes.length) best = v;
    }
    return best;
  }

  compile(t: unknown, levels: readonly Level[], ellipsisOn: boolean, ctx: Context): Compiled {
    if (isIdentifier(t)) {
      if (ellipsisOn && this.rules.isEllipsis(t)) throw this.error("illegal use", t);
      const v = this.lookup(t);
      return v === undefined ? constantOf(t) : this.reference(t, v, levels);
    }
    const lv = viewList(t);
    if (lv !== undefined) {
      const inner = lv.wrapper === undefined ? ctx : { loc: lv.wrapper.loc, scopes: lv.wrapper.scopes };
      const first = lv.items[0];
      if (ellipsisOn && this.rules.isEllipsis(first)) {
        if (lv.items.length !== 2 || lv.tail !== NIL) throw this.error("illegal use", first);
        // `(... t)`: t with the ellipsis as an ordinary identifier; pattern variables still substitute.
        const c = this.compile(lv.items[1], levels, false, inner);
        return { gen: c.gen, constant: false, hasVars: c.hasVars };
      }
      return this.sequence(t, lv.items, lv.tail, levels, ellipsisOn, inner, false);
    }
    const vec = viewVector(t);
    if (vec !== undefined) {
      const inner = t instanceof Syntax ? { loc: t.loc, scopes: t.scopes } : ctx;
      if (ellipsisOn && this.rules.isEllipsis(vec[0])) throw this.error("illegal use", vec[0]);
      return this.sequence(t, vec, NIL, levels, ellipsisOn, inner, true);
    }
    return constantOf(t);
  }

  private reference(id: Identifier, v: PatternVar, levels: readonly Level[]): Compiled {
    const total = levels.length;
    if (total < v.depth) {
      throw this.error(
        total === 0
          ? "missing ellipsis with pattern variable in template"
          : "too few ellipses for pattern variable in template",
        id,
      );
    }
    let slot = v.slot;
    for (let l = total - v.depth; l < total; l++) {
      const level = levels[l];
      let next = level.bySource.get(slot);
      if (next === undefined) {
        next = this.nextSlot++;
        level.bySource.set(slot, next);
        level.from.push(slot);
        level.to.push(next);
      }
      slot = next;
    }
    const s = slot;
    return { gen: (env) => env[s], constant: false, hasVars: true };
  }

  /** A list or vector template: elements, each possibly followed by ellipses, and a tail. */
  private sequence(
    t: unknown,
    items: readonly unknown[],
    tail: unknown,
    levels: readonly Level[],
    ellipsisOn: boolean,
    ctx: Context,
    isVector: boolean,
  ): Compiled {
    const parts: PartGen[] = [];
    let constant = true;
    let hasVars = false;
    for (let i = 0; i < items.length; ) {
      const item = items[i];
      let j = i + 1;
      while (ellipsisOn && j < items.length && this.rules.isEllipsis(items[j])) j++;
      if (j === i + 1) {
        const c = this.compile(item, levels, ellipsisOn, ctx);
        const g = c.gen;
        parts.push((env, out) => void out.push(g(env)));
        constant &&= c.constant;
        hasVars ||= c.hasVars;
      } else {
        // `item ...ₖ`: items[i+1] is the innermost ellipsis, items[j-1] the outermost.
        const segment = items.slice(i, j);
        const mine: Level[] = [];
        for (let e = j - 1; e > i; e--) {
          mine.push({ ellipsis: items[e] as Identifier, segment, from: [], to: [], bySource: new Map() });
        }
        const c = this.compile(item, [...levels, ...mine], ellipsisOn, ctx);
        if (!c.hasVars) throw this.error("no pattern variables before ellipsis in template", item);
        for (const level of mine) {
          if (level.from.length === 0) throw this.error("too many ellipses in template", level.ellipsis);
        }
        parts.push(repeater(mine, c.gen));
        constant = false;
        hasVars = true;
      }
      i = j;
    }
    let tailGen: Gen | undefined;
    if (tail !== NIL) {
      if (ellipsisOn && this.rules.isEllipsis(tail)) throw this.error("illegal use", tail);
      const c = this.compile(tail, levels, ellipsisOn, ctx);
      tailGen = c.gen;
      constant &&= c.constant;
      hasVars ||= c.hasVars;
    }
    if (constant) return constantOf(t);
    const { loc, scopes } = ctx;
    const gen: Gen = isVector
      ? (env) => {
          const out: unknown[] = [];
          for (const part of parts) part(env, out);
          return new Syntax(Object.freeze(out), loc, scopes);
        }
      : (env) => {
          const out: unknown[] = [];
          for (const part of parts) part(env, out);
          let end = tailGen === undefined ? NIL : tailGen(env);
          if (isEmptyList(end)) end = NIL;
          // `(x ... . r)` with no x is just r (as in Racket), not a list wrapped around it.
          if (out.length === 0 && end !== NIL) return end;
          return new Syntax(list(out, end), loc, scopes);
        };
    return { gen, constant: false, hasVars };
  }
}

// ---- the form ----------------------------------------------------------------------------------

interface Clause {
  readonly match: Matcher;
  readonly build: Gen;
}

/**
 * Compiles `(syntax-rules (literal ...) [pattern template] ...)` or, R7RS,
 * `(syntax-rules ellipsis (literal ...) [pattern template] ...)` into a transformer.
 *
 * Identifier comparisons: literals are matched against the use with env.sameBinding
 * (free-identifier=?). Deciding which pattern identifiers are literals, spotting a duplicate
 * pattern variable and recognising a custom ellipsis use bound-identifier=? (same name and same
 * scopes), since those compare identifiers of the one form. The default ellipsis and `_` are
 * recognised with env.isEllipsis / env.isUnderscore. If the ellipsis is among the literals it is
 * disabled (R7RS): in patterns it is matched as a literal, in templates it is an ordinary
 * identifier. (Racket 8.7's racket/base ignores `...` in the literals, and has no custom ellipsis.)
 */
export function compileSyntaxRules(form: Syntax, env: SyntaxRulesEnv, macroName: string): Transformer {
  const fv = viewList(form);
  if (fv === undefined || fv.tail !== NIL || fv.items.length < 2) throw badSyntax(form, form);
  let next = 1;
  let custom: Identifier | undefined;
  if (isIdentifier(fv.items[1])) {
    custom = fv.items[1];
    next = 2;
  }
  if (next >= fv.items.length) throw badSyntax(form, form);
  const litView = viewList(fv.items[next]);
  if (litView === undefined || litView.tail !== NIL) throw badSyntax(form, fv.items[next]);
  const literals: Identifier[] = [];
  for (const l of litView.items) {
    if (!isIdentifier(l)) throw badSyntax(form, l);
    literals.push(l);
  }
  const ellipsisDisabled = literals.some((l) => (custom === undefined ? env.isEllipsis(l) : boundIdentifierEq(l, custom)));
  const rules: Rules = {
    env,
    isLiteral: (id) => literals.some((l) => boundIdentifierEq(l, id)),
    isEllipsis: ellipsisDisabled
      ? (_x): _x is Identifier => false
      : custom === undefined
        ? (x): x is Identifier => isIdentifier(x) && env.isEllipsis(x)
        : (x): x is Identifier => isIdentifier(x) && boundIdentifierEq(x, custom),
  };

  const clauses: Clause[] = [];
  let slots = 0;
  for (let i = next + 1; i < fv.items.length; i++) {
    const clause = fv.items[i];
    const cv = viewList(clause);
    if (cv === undefined || cv.tail !== NIL || cv.items.length !== 2) throw badSyntax(form, clause);
    const [pattern, template] = cv.items;
    const pv = viewList(pattern);
    if (pv === undefined || pv.items.length === 0) throw badSyntax(form, pattern);
    if (!isIdentifier(pv.items[0])) {
      throw syntaxError("syntax-rules", "pattern must start with an identifier, found something else", form, pv.items[0]);
    }
    const patterns = new PatternCompiler(rules, pattern);
    const match = patterns.top(pv.items, pv.tail);
    // A bare (unwrapped) template list borrows loc and scopes from the nearest enclosing Syntax.
    const outer = cv.wrapper ?? form;
    const templates = new TemplateCompiler(rules, template, patterns.vars);
    const { gen } = templates.compile(template, [], true, { loc: outer.loc, scopes: outer.scopes });
    slots = Math.max(slots, templates.nextSlot);
    clauses.push({ match, build: gen });
  }

  return (use) => {
    // One environment per use, shared by the clauses tried: a successful match writes every
    // slot its template reads before reading it.
    const envSlots = new Array<unknown>(slots);
    for (const { match, build } of clauses) {
      if (!match(use, envSlots)) continue;
      const out = build(envSlots);
      // Only a template that is a lone pattern variable bound to bare data yields a non-Syntax;
      // that datum came from the use, so it gets the use's context.
      return out instanceof Syntax ? out : new Syntax(out, use.loc, use.scopes);
    }
    throw new Exn("exn:fail:syntax", `${macroName}: bad syntax\n  in: ${show(use)}`, use.loc);
  };
}
