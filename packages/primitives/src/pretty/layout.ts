// Racket 8.7's pretty printer (collects/racket/pretty.rkt, `generic-write`), ported for the values
// this runtime has. The algorithm is Racket's, greedy and top-down:
//
//   - `pr` first tries to write a value on one line (`wr`, into an attempt that stops once it passes
//     the column limit minus `extra`, the number of closing parentheses that will follow it). If it
//     fits, the attempt is kept.
//   - Otherwise the value is laid out over several lines. Lists headed by a symbol of the style
//     table (styles.ts) are indented like code; other lists put each element on a line of its own,
//     under the first (`pp-list`). Vectors, hash tables, boxes and structs are laid out as the
//     lists shapes.ts turns them into, after their prefix (`#`, `#hash`, `#&`, `#s`).
//
// Atoms (and values that print themselves, such as structs with a custom printer) are the reader's
// printer's text, so they read exactly as `write`, `display` or `print` shows them. Sets, which
// Racket prints with racket/struct's constructor-style printer, break as that printer does.
//
// Quoting in `print` mode follows Racket's quote depth `qd`: 0 in expression position, where a
// container gets a `'` unless it must print as an expression (the printer's first walk, reused
// here: buildGraph), 1 inside a quoted datum, and false in `write`/`display` mode.
//
// Racket's recursion becomes an explicit stack of tasks, so that nesting is bounded by memory, not
// by the host's stack (a degenerate tree 100,000 levels deep prints, as in Racket): a step that
// prints a part and then goes on first pushes what it does next, then prints the part, which may
// push tasks of its own; those run first. One-line attempts run their tasks to completion (or
// until they pass the limit) before the layout decides.

import { Box, HashTable, NIL, Pair, Sym, buildGraph, isConstructor, labelOf, printSegments, sym, symbolToWriteString, type Graph, type PrintHole, type PrintMode } from "@rlms/reader";
import { StructInstance } from "@rlms/evaluator";
import { LabelScope, LineOutput } from "./line-output.js";
import {
  BOX,
  ConstructorName,
  EntryValue,
  OPAQUE_FIELDS,
  VECTOR,
  hashItems,
  hashPrefix,
  isLaidOutStruct,
  isPrefab,
  listOf,
  pairAsExpression,
  readMacroPrefix,
  structItems,
  vectorItems,
} from "./shapes.js";
import { styleOf, type Style } from "./styles.js";
import { SetValue } from "../sets/set-value.js";

/** Racket's quote depth in `print` mode; false in `write` and `display` mode. */
type QuoteDepth = number | false;

/** How a list is laid out when it does not fit on one line (pp-expr, pp-expr-list...). */
type ListLayout = (expr: Pair, extra: number, qd: QuoteDepth) => void;

/** The text of values that print themselves by calling a procedure of the program. */
export interface HoleTexts {
  text(hole: PrintHole): string;
}

/** A graph label: its `#n#` once it has been defined, and the attempt (scope) that defined it. */
interface Label {
  text: string;
  scope: LabelScope | undefined;
}

const UNQUOTE = sym("unquote");
const UNSYNTAX = sym("unsyntax");

/** Columns of indentation for the body of code forms (Racket's indent-general). */
const INDENT_GENERAL = 2;

const spaces = (n: number): string => (n > 0 ? " ".repeat(n) : "");

export interface LayoutOptions {
  readonly mode: PrintMode;
  /** `pretty-print-columns`: a number, or undefined for 'infinity (everything on one line). */
  readonly width: number | undefined;
  /** `print` mode's starting quote depth (pretty-print's optional argument, 0 or 1). */
  readonly quoteDepth: number;
  readonly newline: boolean;
  readonly holes: HoleTexts;
}

/** The pretty-printed text of `v`. */
export function prettyText(v: unknown, options: LayoutOptions): string {
  return new PrettyLayout(v, options).text;
}

class PrettyLayout {
  readonly text: string;
  private out: LineOutput;
  private readonly display: boolean;
  private readonly width: number;
  private readonly graph: Graph | undefined;
  private readonly labels = new Map<object, Label>();
  private labelCounter = 0;
  private readonly holes: HoleTexts;
  /** What remains to print, last first. */
  private readonly tasks: Array<() => void> = [];

  constructor(v: unknown, options: LayoutOptions) {
    this.display = options.mode === "display";
    this.width = options.width ?? Infinity;
    this.holes = options.holes;
    this.graph = buildGraph(v, options.mode);
    const out = new LineOutput(0, Infinity, new LabelScope());
    this.out = out;
    const qd: QuoteDepth = options.mode === "print" ? options.quoteDepth : false;
    if (options.width !== undefined) this.pr(v, 0, this.ppExpr, qd);
    else this.wr(v, qd);
    this.runTasks(0);
    // Racket's print-line at the end writes the newline only for a numeric width.
    if (options.newline && options.width !== undefined) out.write("\n");
    this.text = out.text();
  }

  private later(task: () => void): void {
    this.tasks.push(task);
  }

  /** Writes `v` on one line next: a container through a task (nesting never deepens the JS stack). */
  private wrNext(v: unknown, qd: QuoteDepth): void {
    if (PrettyLayout.canSplit(v)) this.later(() => this.wr(v, qd));
    else this.wr(v, qd);
  }

  /** Prints `v` next (pr), a container through a task. */
  private prNext(v: unknown, extra: number, layout: ListLayout, qd: QuoteDepth): void {
    if (PrettyLayout.canSplit(v)) this.later(() => this.pr(v, extra, layout, qd));
    else this.wr(v, qd);
  }

  /** Runs the tasks above `base`; in an attempt that passed its limit, drops them. */
  private runTasks(base: number): void {
    const tasks = this.tasks;
    while (tasks.length > base) {
      if (this.out.over) {
        tasks.length = base;
        return;
      }
      tasks.pop()!();
    }
  }

  private write(s: string): void {
    this.out.write(s);
  }

  // ---- graph labels and quoting ------------------------------------------------------------------

  /** The label of a container reached more than once when the value has a cycle (Racket's `found`). */
  private labelOf(v: unknown): Label | undefined {
    const g = this.graph;
    if (g === undefined || !g.useLabels || typeof v !== "object" || v === null) return undefined;
    const id = g.ids.get(v);
    if (id === undefined || labelOf(g.states[id]!) < 0) return undefined;
    let label = this.labels.get(v);
    if (label === undefined) {
      label = { text: "", scope: undefined };
      this.labels.set(v, label);
    }
    return label;
  }

  private readonly isLabelled = (v: unknown): boolean => this.labelOf(v) !== undefined;

  private static defined(label: Label): boolean {
    return label.scope !== undefined && label.scope.valid;
  }

  /** Writes `#n=` and numbers the label (expr-found). */
  private defineLabel(label: Label): void {
    const n = this.labelCounter++;
    label.text = `#${n}#`;
    label.scope = this.out.scope;
    this.write(`#${n}=`);
  }

  /**
   * check-expr-found for a container about to be written: true when it was written as a reference
   * (`#n#`); otherwise its label, if it has one, is defined (`#n=`) and the caller writes it.
   */
  private writtenAsReference(v: unknown): boolean {
    const label = this.labelOf(v);
    if (label === undefined) return false;
    if (PrettyLayout.defined(label)) {
      this.write(label.text);
      return true;
    }
    this.defineLabel(label);
    return false;
  }

  /** Racket's to-quoted: in expression position, a container that can be quoted gets its `'`. */
  private toQuoted(qd: QuoteDepth, v: unknown): QuoteDepth {
    if (qd !== 0) return qd;
    const g = this.graph;
    const id = g !== undefined && typeof v === "object" && v !== null ? g.ids.get(v) : undefined;
    if (id !== undefined && isConstructor(g!.states[id]!)) return 0;
    this.write("'");
    return 1;
  }

  // ---- on one line (wr*) ---------------------------------------------------------------------------

  /** Writes `v` on one line: atoms at once, containers through tasks. */
  private wr(v: unknown, qd: QuoteDepth): void {
    if (this.out.over) return;
    if (v instanceof EntryValue) v = v.value;
    if (v instanceof ConstructorName) return this.write(v.text);
    if (v instanceof Pair) {
      if (this.writtenAsReference(v)) return;
      const q = this.toQuoted(qd, v);
      return this.wrExpr(q === 0 ? (pairAsExpression(v, this.isLabelled) as Pair) : v, q);
    }
    if (v === NIL) {
      this.toQuoted(qd, v);
      return this.write("()");
    }
    if (Array.isArray(v)) {
      if (this.writtenAsReference(v)) return;
      const q = this.toQuoted(qd, v);
      if (q === 0) return this.wrList(new Pair(VECTOR, vectorItems(v)), false, q);
      this.write("#");
      return this.wrList(vectorItems(v), false, q);
    }
    if (v instanceof Box) {
      if (this.writtenAsReference(v)) return;
      const q = this.toQuoted(qd, v);
      if (q === 0) return this.wrList(listOf([BOX, v.value]), false, q);
      this.write("#&");
      return this.wrNext(v.value, q);
    }
    if (isLaidOutStruct(v)) {
      if (this.writtenAsReference(v)) return;
      const q = isPrefab(v) ? this.toQuoted(qd, v) : qd;
      if (q !== 0) this.write(isPrefab(v) ? "#s" : "#");
      return this.wrList(structItems(v, q === 0), false, q);
    }
    if (v instanceof HashTable) {
      if (this.writtenAsReference(v)) return;
      const q = this.toQuoted(qd, v);
      if (q !== 0) this.write(hashPrefix(v));
      return this.wrList(hashItems(v, q === 0), false, q);
    }
    if (v === OPAQUE_FIELDS) return this.write("...");
    this.write(this.atomText(v, qd));
  }

  /** An atom, or a value that prints itself, as the printer shows it at this quote depth. */
  private atomText(v: unknown, qd: QuoteDepth): string {
    const mode: PrintMode = this.display ? "display" : qd === false ? "write" : "print";
    const segments = printSegments(v, mode, qd !== false && qd !== 0);
    let text = "";
    for (const s of segments) text += typeof s === "string" ? s : this.holes.text(s);
    return text;
  }

  /** wr-expr: a list, with quote forms abbreviated. */
  private wrExpr(expr: Pair, qd: QuoteDepth): void {
    const prefix = readMacroPrefix(expr);
    if (prefix === undefined) return this.wrList(expr, true, qd);
    this.write(prefix);
    const body = (expr.cdr as Pair).car;
    if ((expr.car === UNQUOTE || expr.car === UNSYNTAX) && body instanceof Sym) {
      // `,@x` would read as unquote-splicing: a space keeps `, @x` apart.
      const s = this.display ? body.name : symbolToWriteString(body.name);
      if (s.startsWith("@")) this.write(" ");
      return this.write(s);
    }
    this.wrNext(body, qd);
  }

  /** wr-lst: the elements on one line; `check` looks for labelled tails and `. ,x` tails. */
  private wrList(l: unknown, check: boolean, qd: QuoteDepth): void {
    this.write("(");
    if (!(l instanceof Pair)) return this.write(")");
    const rest = l.cdr;
    this.later(() => this.wrListRest(rest, check, qd));
    this.wrNext(l.car, qd);
  }

  /** The rest of wr-lst's loop, from the tail `rest`. */
  private wrListRest(rest: unknown, check: boolean, qd: QuoteDepth): void {
    while (!this.out.over) {
      const label = check && rest instanceof Pair ? this.labelOf(rest) : undefined;
      if (label !== undefined) {
        this.write(" . ");
        if (PrettyLayout.defined(label)) return this.write(label.text + ")");
        this.defineLabel(label);
        this.later(() => this.write(")"));
        return this.wrList(rest, check, qd);
      }
      if (rest instanceof Pair) {
        const next = rest.cdr;
        if (check && rest.car === UNQUOTE && qd !== 1 && next instanceof Pair && next.cdr === NIL) {
          this.write(" . ,");
          this.later(() => this.write(")"));
          return this.wrNext(next.car, qd);
        }
        this.write(" ");
        if (PrettyLayout.canSplit(rest.car)) {
          // A container: the rest of the list after it.
          this.later(() => this.wrListRest(next, check, qd));
          return this.wrNext(rest.car, qd);
        }
        this.wrNext(rest.car, qd);
        rest = next;
        continue;
      }
      if (rest === NIL) return this.write(")");
      this.write(" . ");
      this.later(() => this.write(")"));
      return this.wrNext(rest, qd);
    }
  }

  // ---- over several lines (pp*) ---------------------------------------------------------------------

  /** Values that may be split over lines (and that wr writes through tasks): containers, the structs laid out as lists, sets. */
  private static canSplit(v: unknown): boolean {
    if (v instanceof EntryValue) v = v.value;
    return v instanceof Pair || Array.isArray(v) || v instanceof Box || v instanceof HashTable || isLaidOutStruct(v) || v instanceof SetValue;
  }

  /** pr: on one line if it fits in the width less `extra`, else over several lines. */
  private pr(v: unknown, extra: number, layout: ListLayout, qd: QuoteDepth): void {
    if (v instanceof EntryValue) v = v.value;
    if (!PrettyLayout.canSplit(v)) return this.wrNext(v, qd);
    const label = this.labelOf(v);
    if (label !== undefined && PrettyLayout.defined(label)) return this.wrNext(v, qd);
    const out = this.out;
    const counter = this.labelCounter;
    // A set's printer tries one line again within the width less 1 (make-constructor-style-printer).
    const limit = v instanceof SetValue ? Math.max(this.width - extra, this.width - 1) : this.width - extra;
    const attempt = new LineOutput(out.col, limit, new LabelScope());
    this.out = attempt;
    const base = this.tasks.length;
    this.wrNext(v, qd);
    this.runTasks(base);
    this.out = out;
    if (!attempt.over) return out.append(attempt);
    attempt.scope.valid = false;
    this.labelCounter = counter;
    if (label !== undefined) this.defineLabel(label);
    if (v instanceof Pair) {
      const q = this.toQuoted(qd, v);
      return layout(q === 0 ? (pairAsExpression(v, this.isLabelled) as Pair) : v, extra, q);
    }
    if (Array.isArray(v)) {
      const q = this.toQuoted(qd, v);
      if (q !== 0) this.write("#");
      return this.ppList(q === 0 ? new Pair(VECTOR, vectorItems(v)) : vectorItems(v), extra, this.ppExpr, false, q);
    }
    if (v instanceof StructInstance) {
      const q = isPrefab(v) ? this.toQuoted(qd, v) : qd;
      if (q !== 0) this.write(isPrefab(v) ? "#s" : "#");
      return this.ppList(structItems(v, q === 0), extra, this.ppExpr, false, q);
    }
    if (v instanceof HashTable) {
      const q = this.toQuoted(qd, v);
      if (q !== 0) this.write(hashPrefix(v));
      return this.ppList(hashItems(v, q === 0), extra, this.ppExpr, false, q);
    }
    if (v instanceof SetValue) return this.ppConstructorStyle(v, qd);
    const box = v as Box;
    const q = this.toQuoted(qd, box);
    if (q === 0) return layout(listOf([BOX, box.value]) as Pair, extra, q);
    this.write("#&");
    this.prNext(box.value, extra, layout, q);
  }

  /**
   * racket/struct's make-constructor-style-printer over several lines: `(set` (or `#<set:` when
   * not printing as an expression), then each element on a line of its own, one column right of
   * the opening, printed on its own (the closing that follows is not accounted for).
   */
  private ppConstructorStyle(set: SetValue, qd: QuoteDepth): void {
    const col = this.out.col;
    const asExpression = qd === 0;
    const elements = set.elements();
    this.write(asExpression ? `(${set.constructorName}` : `#<${set.constructorName}:`);
    const step = (i: number): void => {
      if (i === elements.length) return this.write(asExpression ? ")" : ">");
      this.write("\n" + spaces(col + 1));
      this.later(() => step(i + 1));
      this.prNext(elements[i], 0, this.ppExpr, qd);
    };
    step(0);
  }

  /** Moves to column `to`: on a new line when the output is already there or past it. */
  private indent(to: number, needSpace = true): void {
    const col = this.out.col;
    if (needSpace ? to <= col : to < col) this.write("\n" + spaces(to));
    else this.write(spaces(to - col));
  }

  /** pp-expr: quote forms abbreviated, code forms in their style, other lists one element a line. */
  private readonly ppExpr: ListLayout = (expr, extra, qd) => {
    const prefix = readMacroPrefix(expr);
    if (prefix !== undefined && !this.isLabelled(expr.cdr)) {
      this.write(prefix);
      return this.prNext((expr.cdr as Pair).car, extra, this.ppExpr, qd);
    }
    const head = expr.car;
    if (head instanceof Sym) {
      const style = styleOf(head);
      if (style !== undefined) {
        const [name, parts] = style;
        // A named let needs one more part: its name.
        const needed = name === "let" && expr.cdr instanceof Pair && expr.cdr.car instanceof Sym ? 2 : parts;
        if (this.noSharing(expr, needed)) return this.ppStyled(name, expr, extra, this.toQuoted(qd, expr));
      }
    }
    this.ppList(expr, extra, this.ppExpr, true, qd);
  };

  /** pp-expr-list: a list of expressions (bindings, clauses), one a line. */
  private readonly ppExprList: ListLayout = (l, extra, qd) => this.ppList(l, extra, this.ppExpr, true, qd);

  /** Racket's no-sharing?: the form has `count` parts after its head, and no labelled tail among them. */
  private noSharing(expr: unknown, count: number): boolean {
    for (;;) {
      if (!(expr instanceof Pair)) return false;
      if (this.isLabelled(expr.cdr)) return false;
      if (count === 0) return true;
      expr = expr.cdr;
      count--;
    }
  }

  private ppStyled(style: Style, expr: Pair, extra: number, qd: QuoteDepth): void {
    const { ppExpr, ppExprList } = this;
    switch (style) {
      case "lambda":
        return this.ppGeneral(expr, extra, false, [ppExprList], ppExpr, qd);
      case "if":
        return this.ppGeneral(expr, extra, false, [ppExpr], ppExpr, qd);
      case "cond":
        return this.ppList(expr, extra, ppExprList, true, qd);
      case "case":
        return this.ppGeneral(expr, extra, false, [ppExpr], ppExprList, qd);
      case "and":
        return this.ppCall(expr, extra, ppExpr, qd);
      case "let": {
        const named = expr.cdr instanceof Pair && expr.cdr.car instanceof Sym;
        return this.ppGeneral(expr, extra, named, [ppExprList], ppExpr, qd);
      }
      case "begin":
        return this.ppGeneral(expr, extra, false, [], ppExpr, qd);
      case "do":
        return this.ppGeneral(expr, extra, false, [ppExprList, ppExprList], ppExpr, qd);
      case "module":
        return this.ppTwoUp(expr, extra, ppExpr, qd);
      case "syntax-case":
        return this.ppTwoUp(expr, extra, ppExprList, qd);
      case "make-object":
        return this.ppOneUp(expr, extra, ppExprList, qd);
    }
  }

  /** (head item1\n      item2): items after the head, aligned. */
  private ppCall(expr: Pair, extra: number, item: ListLayout, qd: QuoteDepth): void {
    this.write("(");
    this.later(() => {
      const col = this.out.col + 1;
      this.ppDown(expr.cdr, col, col, extra, item, true, true, qd);
    });
    this.wrNext(expr.car, qd);
  }

  /** (head item1 item2\n  item3) */
  private ppTwoUp(expr: Pair, extra: number, item: ListLayout, qd: QuoteDepth): void {
    this.write("(");
    const col = this.out.col;
    const rest = expr.cdr as Pair;
    this.later(() => {
      this.write(" ");
      this.later(() => this.ppDown(rest.cdr, this.out.col + 1, col + 1, extra, item, true, true, qd));
      this.wrNext(rest.car, qd);
    });
    this.wrNext(expr.car, qd);
  }

  /** (head item1\n  item2) */
  private ppOneUp(expr: Pair, extra: number, item: ListLayout, qd: QuoteDepth): void {
    this.write("(");
    const col = this.out.col;
    this.later(() => this.ppDown(expr.cdr, this.out.col + 1, col + 1, extra, item, true, true, qd));
    this.wrNext(expr.car, qd);
  }

  /** (item1\n item2\n item3): every element under the first. */
  private ppList(l: unknown, extra: number, item: ListLayout, check: boolean, qd: QuoteDepth): void {
    this.write("(");
    const col = this.out.col;
    this.ppDown(l, col, col, extra, item, false, check, qd, false);
  }

  /**
   * pp-down: the elements of `l`, the first at column `col1` (on the current line if it is not
   * past it), the others at `col2` on lines of their own; an improper or labelled tail after a
   * `.` on a line of its own. The last element is printed knowing the `)` that follows it.
   */
  private ppDown(l: unknown, col1: number, col2: number, extra: number, item: ListLayout, check: boolean, checkRest: boolean, qd: QuoteDepth, needSpace = true): void {
    const label = check && l instanceof Pair ? this.labelOf(l) : undefined;
    if (label !== undefined) {
      this.indent(col2);
      this.write(".");
      this.indent(col2);
      if (PrettyLayout.defined(label)) return this.write(label.text + ")");
      this.later(() => this.write(")"));
      return this.prNext(l, extra, item, qd);
    }
    if (l instanceof Pair) {
      const rest = l.cdr;
      this.indent(col1, needSpace);
      this.later(() => this.ppDown(rest, col2, col2, extra, item, checkRest, checkRest, qd));
      return this.prNext(l.car, rest === NIL ? extra + 1 : 0, item, qd);
    }
    if (l === NIL) return this.write(")");
    this.indent(col2);
    this.write(".");
    this.indent(col2);
    this.later(() => this.write(")"));
    this.prNext(l, extra + 1, item, qd);
  }

  /**
   * pp-general: `(head [name] part ...` then the body at the head's column plus 2. `parts` lay
   * out the parts kept on the head's line (a lambda's formals, let's bindings, if's test), one
   * each, and `body` the rest.
   */
  private ppGeneral(expr: Pair, extra: number, named: boolean, parts: readonly ListLayout[], body: ListLayout, qd: QuoteDepth): void {
    const bodyCol = this.out.col + INDENT_GENERAL;
    this.write("(");
    const afterName = (rest: unknown): void => this.ppParts(rest, 0, this.out.col + 1, bodyCol, extra, parts, body, qd);
    this.later(() => {
      const rest = expr.cdr;
      if (!named || !(rest instanceof Pair)) return afterName(rest);
      this.write(" ");
      this.later(() => afterName(rest.cdr));
      this.wrNext(rest.car, qd);
    });
    this.wrNext(expr.car, qd);
  }

  /** pp-general's tail1 and tail2: part `i` at `partCol`, then the body (tail3). */
  private ppParts(rest: unknown, i: number, partCol: number, bodyCol: number, extra: number, parts: readonly ListLayout[], body: ListLayout, qd: QuoteDepth): void {
    if (i < parts.length && rest instanceof Pair) {
      const next = rest.cdr;
      this.indent(partCol);
      this.later(() => this.ppParts(next, i + 1, partCol, bodyCol, extra, parts, body, qd));
      return this.prNext(rest.car, next === NIL ? extra + 1 : 0, parts[i]!, qd);
    }
    this.ppDown(rest, bodyCol, bodyCol, extra, body, false, true, qd);
  }
}
