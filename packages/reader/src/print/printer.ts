// display, write and print: Racket's printer (racket/src/io/print/main.rkt and list.rkt) over the
// datum representation, checked against Racket 8.7 (test/printer.test.ts).
//
// Modes. `display` prints strings, characters, symbols and keywords raw; `write` prints them so
// that `read` gives them back, and never abbreviates `(quote a)`; `print` is Racket's default
// print-as-expression: the value reads back when evaluated, so a quotable value gets one leading
// `'` (`'(1 2)`, `'a`), inside which quote forms are abbreviated (`''a`, `'`(a ,b)`). A container
// holding a value that prints as an expression (a transparent struct) cannot be quoted, so it
// prints in constructor style, and its quotable parts get their own quotes:
// `(list '(1 2) (p 1 2))`, `(cons 1 (p 1 2))`, `(vector ...)`, `(box ...)`, `(hash 'a (p 1 2))`.
//
// Structure. A first walk (graph.ts) finds cycles and constructor-style containers. Printing then
// runs on an explicit stack of tasks, so a million-element list or a list nested 100,000 deep
// prints without growing the JS stack; only custom printers (ctx.value) recurse. Text is appended
// to one string (V8 ropes make that cheap), or streamed to a sink in chunks.

import { Char } from "../datum/char.js";
import { HashTable } from "../datum/hash.js";
import { Flonum, Ratnum } from "../datum/number.js";
import { NIL, Pair } from "../datum/pair.js";
import { PRINT, QUOTABLE, type CustomPrintable, type PrintContext, type PrintHole, type PrintMode } from "../datum/protocol.js";
import { Box, EOF, MString, VOID } from "../datum/special.js";
import { RegexpValue } from "../datum/regexp.js";
import { Keyword, Sym, sym } from "../datum/symbol.js";
import { Syntax } from "../datum/syntax.js";
import { charToWriteString } from "./char.js";
import { flonumToString } from "./flonum.js";
import { PRINTED, buildGraph, isConstructor, isGraphable, labelOf, type Graph } from "./graph.js";
import { sortForConstructor, sortForDatum, type Entry } from "./hash-order.js";
import { numberToString } from "./number.js";
import { stringToWriteString } from "./string.js";
import { keywordToWriteString, symbolToWriteString } from "./symbol.js";

// Printing modes: `print` starts UNQUOTED (expression position) and switches to QUOTED after a `'`.
const DISPLAY = 0;
const WRITE = 1;
const QUOTED = 2;
const UNQUOTED = 3;
type Mode = typeof DISPLAY | typeof WRITE | typeof QUOTED | typeof UNQUOTED;

const topMode = (mode: PrintMode): Mode => (mode === "display" ? DISPLAY : mode === "write" ? WRITE : UNQUOTED);

// Tasks on the printer's stack.
const TEXT = 0; // emit vals[i] (a string)
const VALUE = 1; // print vals[i] in modes[i]
const LIST = 2; // continue a list at the pair vals[i]; modes[i] has CONS_STYLE when printing (cons ...)/(list* ...)
const VECTOR = 3; // continue a vector at element index[i]
const HASH = 4; // continue a hash table's sorted entries at index[i]
const CONS_STYLE = 4;

/** Stream output to the sink in chunks of about this many UTF-16 units. */
const CHUNK = 16384;

/** The reader abbreviations of quote forms with one operand: `(quote a)` prints `'a` in `print` mode. */
export const ABBREVIATIONS: ReadonlyMap<Sym, string> = new Map<Sym, string>([
  [sym("quote"), "'"],
  [sym("quasiquote"), "`"],
  [sym("unquote"), ","],
  [sym("unquote-splicing"), ",@"],
  [sym("syntax"), "#'"],
  [sym("quasisyntax"), "#`"],
  [sym("unsyntax"), "#,"],
  [sym("unsyntax-splicing"), "#,@"],
]);

/** In `print` mode, whether a value needs a `'` in expression position. */
function isQuotable(v: unknown): boolean {
  return (
    v === NIL ||
    v instanceof Sym ||
    v instanceof Keyword ||
    v instanceof Pair ||
    Array.isArray(v) ||
    v instanceof Box ||
    v instanceof HashTable ||
    (typeof v === "object" && v !== null && (v as CustomPrintable)[QUOTABLE] === true)
  );
}

/** The text of a value without parts (after any quote), or undefined for containers, syntax and custom values. */
function atomText(v: unknown, m: Mode): string | undefined {
  switch (typeof v) {
    case "number":
      return String(v);
    case "string":
      return m === DISPLAY ? v : stringToWriteString(v);
    case "boolean":
      return v ? "#t" : "#f";
    case "bigint":
      return v.toString();
    case "undefined":
      return "#<undefined>"; // not a Racket value; printed recognisably rather than crashing
    case "function":
      if (PRINT in v) return undefined; // a custom printable
      return v.name ? `#<procedure:${v.name}>` : "#<procedure>";
    case "object":
      if (v === null) return "#<null>";
      if (v instanceof Sym) return m === DISPLAY ? v.name : symbolToWriteString(v.name);
      if (v instanceof Flonum) return flonumToString(v.value);
      if (v instanceof Char) return m === DISPLAY ? v.text : charToWriteString(v.code);
      if (v === NIL) return "()";
      if (v instanceof MString) return m === DISPLAY ? v.value : stringToWriteString(v.value);
      if (v instanceof Keyword) return m === DISPLAY ? "#:" + v.name : keywordToWriteString(v.name);
      if (v instanceof Ratnum) return numberToString(v);
      if (v === VOID) return "#<void>";
      if (v === EOF) return "#<eof>";
      // The same in every mode, and self-quoting in `print` mode.
      if (v instanceof RegexpValue) return (v.pregexp ? "#px" : "#rx") + stringToWriteString(v.source);
      if (v instanceof Syntax || isGraphable(v)) return undefined;
      return "#<object>";
    default:
      return `#<${typeof v}>`;
  }
}

class Printer {
  out = "";
  /** When collecting holes (printSegments): the text and holes before `out`. */
  segments: Array<string | PrintHole> | undefined;
  /** Set once `limit` is exceeded: printing stops. */
  private full = false;
  private readonly kinds: number[] = [];
  private readonly vals: unknown[] = [];
  private readonly modes: number[] = [];
  private readonly index: number[] = [];

  constructor(
    private readonly mode: PrintMode,
    private readonly graph: Graph | undefined,
    private readonly sink: ((s: string) => void) | undefined,
    limit: number,
    /** Inside a syntax object's datum, nested syntax objects print as their datum. */
    private readonly unwrapSyntax: boolean,
  ) {
    this.threshold = sink !== undefined ? CHUNK : limit;
  }

  /** Output length at which to flush to the sink, or to stop (past the limit). */
  private readonly threshold: number;

  private emit(s: string): void {
    this.out += s;
    if (this.out.length >= this.threshold) {
      if (this.sink !== undefined) {
        this.sink(this.out);
        this.out = "";
      } else {
        this.full = true;
      }
    }
  }

  flush(): void {
    if (this.sink !== undefined && this.out.length > 0) {
      this.sink(this.out);
      this.out = "";
    }
  }

  private push(kind: number, val: unknown, mode: number, index: number): void {
    this.kinds.push(kind);
    this.vals.push(val);
    this.modes.push(mode);
    this.index.push(index);
  }

  /** Prints v completely (used at top level and by custom printers' ctx.value). */
  printValue(v: unknown, m: Mode): void {
    const base = this.kinds.length;
    this.push(VALUE, v, m, 0);
    while (this.kinds.length > base && !this.full) {
      const kind = this.kinds.pop()!;
      const val = this.vals.pop();
      const mode = this.modes.pop()!;
      const i = this.index.pop()!;
      switch (kind) {
        case TEXT:
          this.emit(val as string);
          break;
        case VALUE:
          this.p(val, mode as Mode);
          break;
        case LIST:
          this.listStep(val as Pair, (mode & 3) as Mode, (mode & CONS_STYLE) !== 0);
          break;
        case VECTOR:
          this.vectorStep(val as unknown[], mode as Mode, i);
          break;
        case HASH:
          this.hashStep(val as Entry[], mode as Mode, i);
          break;
      }
    }
    if (this.full) {
      // Abandon the rest (only printing with a limit stops early).
      this.kinds.length = this.vals.length = this.modes.length = this.index.length = base;
    }
  }

  /** Prints an atom now, or schedules a container; called last so that nothing precedes it. */
  private item(v: unknown, m: Mode): void {
    if (this.unwrapSyntax) while (v instanceof Syntax) v = v.e;
    if (isGraphable(v)) this.push(VALUE, v, m, 0);
    else this.noGraph(v, m);
  }

  /** `p` in Racket: labels first. */
  private p(v: unknown, m: Mode): void {
    if (this.unwrapSyntax) while (v instanceof Syntax) v = v.e;
    const g = this.graph;
    if (g !== undefined) {
      const id = g.ids.get(v as object); // undefined for atoms
      if (id !== undefined) {
        const state = g.states[id]!;
        const label = g.useLabels ? labelOf(state) : -1;
        if (label >= 0) {
          if ((state & PRINTED) !== 0) {
            this.emit("#" + label + "#");
            return;
          }
          g.states[id] = state | PRINTED;
          this.emit("#" + label + "=");
        }
        if (isConstructor(state)) {
          this.noQuote(v, m);
          return;
        }
      }
    }
    this.noGraph(v, m);
  }

  private noGraph(v: unknown, m: Mode): void {
    if (m === UNQUOTED && isQuotable(v)) {
      this.emit("'");
      this.noQuote(v, QUOTED);
    } else {
      this.noQuote(v, m);
    }
  }

  private noQuote(v: unknown, m: Mode): void {
    const text = atomText(v, m);
    if (text !== undefined) this.emit(text);
    else if (v instanceof Pair) this.list(v, m);
    else if (Array.isArray(v)) this.vector(v, m);
    else if (v instanceof HashTable) this.hash(v, m);
    else if (v instanceof Box) this.box(v, m);
    else if (v instanceof Syntax) this.emit(syntaxText(v));
    else if (isGraphable(v)) (v as CustomPrintable)[PRINT](this.context(m)); // what remains is a custom printable
  }

  private context(m: Mode): PrintContext {
    return {
      mode: this.mode,
      quoted: m === QUOTED,
      text: (s: string) => {
        if (!this.full) this.emit(s);
      },
      value: (child: unknown) => {
        if (!this.full) this.printValue(child, m);
      },
      hole: (v: unknown) => {
        const segments = this.segments;
        if (segments === undefined) return false;
        if (this.out.length > 0) segments.push(this.out);
        this.out = "";
        segments.push({ value: v, mode: this.mode, quoted: m === QUOTED });
        return true;
      },
    };
  }

  private labelled(v: object): boolean {
    const g = this.graph;
    if (g === undefined || !g.useLabels) return false;
    const id = g.ids.get(v);
    return id !== undefined && labelOf(g.states[id]!) >= 0;
  }

  /** The reader abbreviation for a two-element list headed by a quote form, in `print` mode. */
  private abbreviation(v: Pair, m: Mode): string | undefined {
    if (m < QUOTED || !(v.car instanceof Sym)) return undefined;
    const d = v.cdr;
    if (!(d instanceof Pair) || d.cdr !== NIL) return undefined;
    const prefix = ABBREVIATIONS.get(v.car);
    if (prefix === undefined) return undefined;
    // `,@a` would read as unquote-splicing: Racket separates `, @a`.
    if ((prefix === "," || prefix === "#,") && d.car instanceof Sym && symbolToWriteString(d.car.name).startsWith("@")) {
      return prefix + " ";
    }
    return prefix;
  }

  private list(v: Pair, m: Mode): void {
    const prefix = this.abbreviation(v, m);
    if (prefix !== undefined) {
      this.emit(prefix);
      this.item((v.cdr as Pair).car, m);
      return;
    }
    let consStyle = false;
    if (m === UNQUOTED) {
      consStyle = !this.uninterruptedList(v);
      const d = v.cdr;
      this.emit(consStyle ? (d instanceof Pair && !this.labelled(d) ? "(list* " : "(cons ") : "(list ");
    } else {
      this.emit("(");
    }
    this.listStep(v, m, consStyle);
  }

  /** A proper list none of whose tails carries a label: prints as `(list ...)` in constructor style. */
  private uninterruptedList(v: Pair): boolean {
    let d = v.cdr;
    while (d instanceof Pair) {
      if (this.labelled(d)) return false; // also stops on a cyclic spine, which always has a label
      d = d.cdr;
    }
    return d === NIL;
  }

  /**
   * The loop in Racket's print-list, from the pair v. Runs of atoms print in place; at a container
   * the rest of the list is scheduled after it.
   */
  private listStep(v: Pair, m: Mode, consStyle: boolean): void {
    for (;;) {
      if (this.full) return;
      let a = v.car;
      let d = v.cdr;
      if (this.unwrapSyntax) {
        while (a instanceof Syntax) a = a.e;
        while (d instanceof Syntax) d = d.e;
      }
      if (d === NIL && !consStyle) {
        this.push(TEXT, ")", 0, 0);
      } else if (d instanceof Pair && !this.labelled(d) && this.abbreviation(d, m) === undefined) {
        if (!isGraphable(a)) {
          this.noGraph(a, m);
          this.emit(" ");
          v = d;
          continue;
        }
        this.push(LIST, d, m | (consStyle ? CONS_STYLE : 0), 0);
        this.push(TEXT, " ", 0, 0);
      } else {
        // The tail is not a plain list: an improper tail, a labelled (shared or cyclic) tail, or
        // a quote form, which prints abbreviated after a dot: `'(a . 'b)`.
        this.push(TEXT, ")", 0, 0);
        this.push(VALUE, d, m, 0);
        this.push(TEXT, consStyle ? " " : " . ", 0, 0);
      }
      this.item(a, m);
      return;
    }
  }

  private vector(v: unknown[], m: Mode): void {
    this.emit(m === UNQUOTED ? "(vector" : "#(");
    this.vectorStep(v, m, 0);
  }

  /** Elements from index i on: runs of atoms print in place; at a container the rest is scheduled after it. */
  private vectorStep(v: unknown[], m: Mode, i: number): void {
    const sep = m === UNQUOTED; // `(vector 1 2)` has a space before every element
    for (; i < v.length && !this.full; i++) {
      let e: unknown = v[i];
      if (this.unwrapSyntax) while (e instanceof Syntax) e = e.e;
      if (i > 0 || sep) this.emit(" ");
      if (isGraphable(e)) {
        this.push(VECTOR, v, m, i + 1);
        this.push(VALUE, e, m, 0);
        return;
      }
      this.noGraph(e, m);
    }
    this.emit(")");
  }

  private box(v: Box, m: Mode): void {
    if (m === UNQUOTED) {
      this.emit("(box ");
      this.push(TEXT, ")", 0, 0);
    } else {
      this.emit("#&");
    }
    this.item(v.value, m);
  }

  private hash(v: HashTable, m: Mode): void {
    const entries: Entry[] = [];
    for (const e of v.entries()) entries.push(e);
    if (m === UNQUOTED) {
      this.emit(v.kind === "equal" ? "(hash" : v.kind === "eq" ? "(hasheq" : "(hasheqv");
      sortForConstructor(entries);
    } else {
      this.emit(v.kind === "equal" ? "#hash(" : v.kind === "eq" ? "#hasheq(" : "#hasheqv(");
      sortForDatum(entries);
    }
    this.hashStep(entries, m, 0);
  }

  private hashStep(entries: Entry[], m: Mode, i: number): void {
    if (i >= entries.length) {
      this.emit(")");
      return;
    }
    this.push(HASH, entries, m, i + 1);
    const [key, value] = entries[i]!;
    if (m === UNQUOTED) {
      this.emit(" ");
      this.push(VALUE, value, m, 0);
      this.push(TEXT, " ", 0, 0);
    } else {
      this.emit(i > 0 ? " (" : "(");
      this.push(TEXT, ")", 0, 0);
      this.push(VALUE, value, m, 0);
      this.push(TEXT, " . ", 0, 0);
    }
    this.item(key, m);
  }
}

/**
 * A syntax object prints as `#<syntax:SOURCE:LINE:COLUMN DATUM>`, or `#<syntax DATUM>` without a
 * location, in every mode: the datum is written (`write` mode, nested syntax objects shown as their
 * datum) and cut to 256 characters as Racket's `~.s` does. Racket's columns count from 0; ours
 * from 1, so the column printed is ours minus one, which gives Racket's text for the same source.
 */
function syntaxText(stx: Syntax): string {
  const loc = stx.loc;
  const where = loc === undefined ? "" : `:${loc.source}:${loc.line}:${loc.column - 1}`;
  return `#<syntax${where} ${printLimited(stx.e, "write", 256, true)}>`;
}

/** The code-point length of s, counting at most up to `max` + 1. */
function codePointsBeyond(s: string, max: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= max; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
  }
  return n;
}

function sliceCodePoints(s: string, count: number): string {
  let i = 0;
  for (let n = 0; n < count && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, i);
}

function printLimited(v: unknown, mode: PrintMode, width: number, unwrapSyntax: boolean): string {
  // Stop once comfortably past `width` characters (a character is at most 2 UTF-16 units).
  const printer = new Printer(mode, buildGraph(v, mode, unwrapSyntax), undefined, 2 * width + 2, unwrapSyntax);
  printer.printValue(v, topMode(mode));
  const s = printer.out;
  if (s.length <= width || codePointsBeyond(s, width) <= width) return s;
  return sliceCodePoints(s, width - 3) + "...";
}

/** Top level: atoms print without setting up a printer. */
function printString(v: unknown, mode: PrintMode): string {
  const m = topMode(mode);
  const text = atomText(v, m);
  if (text !== undefined) return m === UNQUOTED && isQuotable(v) ? "'" + atomText(v, QUOTED) : text;
  const printer = new Printer(mode, buildGraph(v, mode), undefined, Infinity, false);
  printer.printValue(v, m);
  return printer.out;
}

/**
 * Prints v as text with holes where values print themselves by running a procedure of the
 * program (PrintContext.hole): the caller writes the text and fills the holes in order. A value
 * with no such parts gives one string. `quoted`: in `print` mode, print as at quote depth 1.
 */
export function printSegments(v: unknown, mode: PrintMode, quoted = false): Array<string | PrintHole> {
  // `(print v port 1)` prints as inside a quoted datum (quote depth 1).
  const m = quoted && mode === "print" ? QUOTED : topMode(mode);
  const text = atomText(v, m);
  if (text !== undefined) return [m === UNQUOTED && isQuotable(v) ? "'" + atomText(v, QUOTED) : text];
  const printer = new Printer(mode, buildGraph(v, mode), undefined, Infinity, false);
  const segments: Array<string | PrintHole> = [];
  printer.segments = segments;
  printer.printValue(v, m);
  if (printer.out.length > 0 || segments.length === 0) segments.push(printer.out);
  return segments;
}

/** Racket's `display`: strings and characters raw, symbols without bars. */
export function display(v: unknown): string {
  return printString(v, "display");
}

/** Racket's `write`: readable text, no quote abbreviations. */
export function write(v: unknown): string {
  return printString(v, "write");
}

/** Racket's `print` with its defaults (print-as-expression): `'(1 2)`, `(list 1 (p 1 2))`. */
export function print(v: unknown): string {
  return printString(v, "print");
}

/** Prints v in the given mode. */
export function printToString(v: unknown, mode: PrintMode): string {
  return printString(v, mode);
}

/** Prints v, handing the text to `sink` in chunks as it is produced (for large outputs). */
export function printTo(v: unknown, mode: PrintMode, sink: (s: string) => void): void {
  const printer = new Printer(mode, buildGraph(v, mode), sink, Infinity, false);
  printer.printValue(v, topMode(mode));
  printer.flush();
}

/**
 * Prints v cut to `width` characters the way Racket's `~.s`/`~.a` and error messages do
 * (`error-print-width`, 256 by default): longer text becomes its first `width` - 3 characters
 * followed by "...". Stops printing early, so huge values cost little.
 */
export function printTruncated(v: unknown, mode: PrintMode, width: number): string {
  return printLimited(v, mode, Math.max(width, 3), false);
}
