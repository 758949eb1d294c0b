// Racket's regexp syntax (`regexp` / `#rx`, and `pregexp` / `#px`) parsed into a RegexpNode tree,
// following the grammar and the error messages of Racket 8.7's parser
// (racket/src/regexp/parse/*.rkt; "patten" is 8.7's spelling). The differences between the two
// flavours are all here: in `#rx` a backslash makes any character literal (`\d` is `d`), `{`,
// `}` and `]` are literal, and there are no backreferences, classes, `\b` or `\p{...}`.
//
// Modes (`(?i:...)`, `(?m:...)`, `(?s:...)`) are applied while parsing: a case-insensitive
// letter becomes the set of its case variants, a multi-line `.` becomes "not a newline".

import { charDowncase, charFoldcase, charUpcase, isGraphicChar } from "../strings/unicode.js";
import { EMPTY, sequenceOf, type RegexpNode } from "./ast.js";
import { CodePointSet } from "./code-point-set.js";

/** A bad pattern, with Racket's message (the caller adds `who:` and the `pattern:` field). */
export class RegexpSyntaxError extends Error {}

interface Mode {
  readonly caseSensitive: boolean;
  readonly multiLine: boolean;
}

export interface ParsedRegexp {
  readonly node: RegexpNode;
  /** The number of capturing groups. */
  readonly groupCount: number;
}

const ch = (s: string): number => s.charCodeAt(0);
const isDigit = (c: number | undefined): c is number => c !== undefined && c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number | undefined): c is number => c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));

const DIGITS = CodePointSet.range(ch("0"), ch("9"));
const WORD = DIGITS.addRange(ch("a"), ch("z")).addRange(ch("A"), ch("Z")).add(ch("_"));
/** `\s`: ASCII space, tab, newline, form feed and return (not vertical tab). */
const SPACE = CodePointSet.of(0x20, 0x09, 0x0a, 0x0c, 0x0d);
const NEWLINE = CodePointSet.of(0x0a);

/** `[[:name:]]` classes: ASCII only, as in Racket. */
function posixClass(name: string): CodePointSet | undefined {
  const letters = CodePointSet.range(ch("a"), ch("z")).addRange(ch("A"), ch("Z"));
  switch (name) {
    case "alpha":
      return letters;
    case "upper":
      return CodePointSet.range(ch("A"), ch("Z"));
    case "lower":
      return CodePointSet.range(ch("a"), ch("z"));
    case "digit":
      return DIGITS;
    case "xdigit":
      return DIGITS.addRange(ch("a"), ch("f")).addRange(ch("A"), ch("F"));
    case "alnum":
      return letters.union(DIGITS);
    case "word":
      return letters.add(ch("_"));
    case "blank":
      return CodePointSet.of(0x20, 0x09);
    case "space":
      return SPACE;
    case "graph":
    case "print": {
      let set = CodePointSet.EMPTY;
      for (let c = 0; c < 128; c++) if (isGraphicChar(c)) set = set.add(c);
      return name === "print" ? set.add(0x20).add(0x09) : set;
    }
    case "cntrl":
      return CodePointSet.range(0, 31);
    case "ascii":
      return CodePointSet.range(0, 127);
    default:
      return undefined;
  }
}

/** `\p{...}` names and the general categories they stand for (Racket's `C` includes `So`, not `Co`). */
const UNICODE_CATEGORIES: Readonly<Record<string, readonly string[] | true>> = {
  Ll: ["Ll"],
  Lu: ["Lu"],
  Lt: ["Lt"],
  Lm: ["Lm"],
  "L&": ["Ll", "Lu", "Lt", "Lm"],
  Lo: ["Lo"],
  L: ["Ll", "Lu", "Lt", "Lm", "Lo"],
  Nd: ["Nd"],
  Nl: ["Nl"],
  No: ["No"],
  N: ["Nd", "Nl", "No"],
  Ps: ["Ps"],
  Pe: ["Pe"],
  Pi: ["Pi"],
  Pf: ["Pf"],
  Pc: ["Pc"],
  Pd: ["Pd"],
  Po: ["Po"],
  P: ["Ps", "Pe", "Pi", "Pf", "Pc", "Pd", "Po"],
  Mn: ["Mn"],
  Mc: ["Mc"],
  Me: ["Me"],
  M: ["Mn", "Mc", "Me"],
  Sc: ["Sc"],
  Sk: ["Sk"],
  Sm: ["Sm"],
  So: ["So"],
  S: ["Sc", "Sk", "Sm", "So"],
  Zl: ["Zl"],
  Zp: ["Zp"],
  Zs: ["Zs"],
  Z: ["Zl", "Zp", "Zs"],
  Cc: ["Cc"],
  Cf: ["Cf"],
  Cs: ["Cs"],
  Cn: ["Cn"],
  Co: ["Co"],
  C: ["Cc", "Cf", "Cs", "Cn", "So"],
  ".": true,
};

/** Adds `c` and, when case-insensitive, its upcase, foldcase and downcase (Racket's range-add*). */
function addWithCase(set: CodePointSet, c: number, mode: Mode): CodePointSet {
  set = set.add(c);
  if (mode.caseSensitive) return set;
  return set.add(charUpcase(c)).add(charFoldcase(c)).add(charDowncase(c));
}

function addSpanWithCase(set: CodePointSet, from: number, to: number, mode: Mode): CodePointSet {
  if (mode.caseSensitive) return set.addRange(from, to);
  set = set.addRange(from, to);
  for (let c = from; c <= to; c++) set = set.add(charUpcase(c)).add(charFoldcase(c)).add(charDowncase(c));
  return set;
}

class Parser {
  private groups = 0;
  private readonly s: number[];

  constructor(
    pattern: string,
    private readonly px: boolean,
  ) {
    this.s = Array.from(pattern, (c) => c.codePointAt(0)!);
  }

  private at(pos: number): number | undefined {
    return this.s[pos];
  }

  private fail(message: string): never {
    throw new RegexpSyntaxError(message);
  }

  parse(): ParsedRegexp {
    const mode: Mode = { caseSensitive: true, multiLine: false };
    const [node, pos] = this.regexp(0, mode);
    if (this.at(pos) === ch(")")) this.fail("unmatched `)` in pattern");
    return { node, groupCount: this.groups };
  }

  /** Alternatives: `pces | regexp`. */
  private regexp(pos: number, mode: Mode, maybeEmpty = false): [RegexpNode, number] {
    if (maybeEmpty && this.at(pos) === ch(")")) return [EMPTY, pos];
    const [items, pos2] = this.pieces(pos, mode);
    if (this.at(pos2) === ch("|")) {
      const [rest, pos3] = this.regexp(pos2 + 1, mode, maybeEmpty);
      return [{ kind: "alternatives", first: sequenceOf(items), second: rest }, pos3];
    }
    return [sequenceOf(items), pos2];
  }

  /** Pieces up to the end, a `|` or a `)`. */
  private pieces(pos: number, mode: Mode): [RegexpNode[], number] {
    const out: RegexpNode[] = [];
    while (pos < this.s.length) {
      const [node, next] = this.piece(pos, mode);
      out.push(node);
      pos = next;
      const c = this.at(pos);
      if (c === ch("|") || c === ch(")")) break;
    }
    return [out, pos];
  }

  /** An atom and its repetition suffix. */
  private piece(pos: number, mode: Mode): [RegexpNode, number] {
    const [atom, pos2] = this.atom(pos, mode);
    const c = this.at(pos2);
    if (c === ch("*") || c === ch("+")) {
      const [lazy, pos3] = this.lazySuffix(pos2 + 1);
      return [{ kind: "repeat", node: atom, min: c === ch("*") ? 0 : 1, max: Infinity, lazy }, pos3];
    }
    if (c === ch("?")) {
      const [lazy, pos3] = this.lazySuffix(pos2 + 1);
      return [{ kind: "maybe", node: atom, lazy }, pos3];
    }
    if (c === ch("{") && this.px) {
      const [min, pos3] = this.integer(pos2 + 1);
      const c3 = this.at(pos3);
      if (c3 === ch(",")) {
        const [n2, pos4] = this.integer(pos3 + 1);
        if (this.at(pos4) !== ch("}")) this.fail("expected digit or `}` to end repetition specification started with `{`");
        const max = pos4 === pos3 + 1 ? Infinity : n2;
        const [lazy, pos5] = this.lazySuffix(pos4 + 1);
        return [{ kind: "repeat", node: atom, min, max, lazy }, pos5];
      }
      if (c3 === ch("}")) {
        const [lazy, pos4] = this.lazySuffix(pos3 + 1);
        return [{ kind: "repeat", node: atom, min, max: min, lazy }, pos4];
      }
      this.fail("expected digit, `,`, or `}' for repetition specification started with `{`");
    }
    return [atom, pos2];
  }

  /** The non-greedy `?` after a repetition, then Racket's check that no repetition follows. */
  private lazySuffix(pos: number): [boolean, number] {
    const lazy = this.at(pos) === ch("?");
    if (lazy) pos++;
    const c = this.at(pos);
    if (c === ch("?") || c === ch("*") || c === ch("+")) this.fail(`nested \`${String.fromCodePoint(c!)}\` in patten`);
    if (c === ch("{") && this.px) this.fail("nested `{` in pattern");
    return [lazy, pos];
  }

  /** Decimal digits from `pos` (0 when there are none). */
  private integer(pos: number): [number, number] {
    let n = 0;
    while (isDigit(this.at(pos))) n = n * 10 + (this.at(pos++)! - 0x30);
    return [n, pos];
  }

  private atom(pos: number, mode: Mode): [RegexpNode, number] {
    const c = this.at(pos)!;
    switch (c) {
      case ch("|"):
        return [EMPTY, pos];
      case ch("("):
        return this.parenthesized(pos + 1, mode);
      case ch("["): {
        const [set, pos2] = this.rangeOrNot(pos + 1, mode);
        return [{ kind: "set", set }, pos2];
      }
      case ch("."):
        return [mode.multiLine ? { kind: "set", set: NEWLINE.invert() } : { kind: "any" }, pos + 1];
      case ch("^"):
        return [{ kind: "start", multiLine: mode.multiLine }, pos + 1];
      case ch("$"):
        return [{ kind: "end", multiLine: mode.multiLine }, pos + 1];
      default:
        return this.literal(pos, mode);
    }
  }

  private literal(pos: number, mode: Mode): [RegexpNode, number] {
    const c = this.at(pos)!;
    if (c === ch("*") || c === ch("+") || c === ch("?")) this.fail(`\`${String.fromCodePoint(c)}\` follows nothing in pattern`);
    if (c === ch("{") && this.px) this.fail("`{` follows nothing in pattern");
    if (c === ch("\\")) return this.backslash(pos + 1, mode);
    if (c === ch(")")) this.fail("unmatched `)` in pattern");
    if ((c === ch("]") || c === ch("}")) && this.px) this.fail(`unmatched \`${String.fromCodePoint(c)}\` in pattern`);
    if (mode.caseSensitive) return [{ kind: "char", code: c }, pos + 1];
    return [{ kind: "set", set: addWithCase(CodePointSet.EMPTY, c, mode) }, pos + 1];
  }

  /** After a `\` outside brackets. An escaped character is matched as is, even in `(?i:...)`. */
  private backslash(pos: number, mode: Mode): [RegexpNode, number] {
    // A trailing backslash matches NUL (Racket keeps the old matcher's behaviour).
    if (pos >= this.s.length) return [{ kind: "char", code: 0 }, pos];
    const c = this.at(pos)!;
    if (this.px && isDigit(c)) {
      const [n, pos2] = this.integer(pos);
      return [{ kind: "backreference", number: n }, pos2];
    }
    if (this.px && isAsciiLetter(c)) {
      if (c === ch("p") || c === ch("P")) return this.unicodeCategories(c, pos + 1);
      if (c === ch("b") || c === ch("B")) return [{ kind: "word-boundary", negated: c === ch("B") }, pos + 1];
      const set = classEscape(c);
      if (set === undefined) this.fail("illegal alphabetic escape");
      return [{ kind: "set", set }, pos + 1];
    }
    void mode;
    return [{ kind: "char", code: c }, pos + 1];
  }

  private unicodeCategories(p: number, pos: number): [RegexpNode, number] {
    const letter = String.fromCodePoint(p);
    if (this.at(pos) !== ch("{")) this.fail(`expected \`{\` after \`\\${letter}\``);
    let name = "";
    let i = pos + 1;
    for (;;) {
      const c = this.at(i);
      if (c === undefined) this.fail(`missing \`}\` to close \`\\${letter}{\``);
      if (c === ch("}")) break;
      name += String.fromCodePoint(c);
      i++;
    }
    const categories = UNICODE_CATEGORIES[name];
    if (categories === undefined) this.fail(`unrecognized property name in \`\\${letter}{}\`: \`${name}\``);
    return [{ kind: "unicode", categories, negated: letter === "P" }, i + 1];
  }

  /** After `(`: a group, `(?:...)` with modes, lookaround, `(?>...)` or a conditional. */
  private parenthesized(pos: number, mode: Mode): [RegexpNode, number] {
    const c = this.at(pos);
    if (c === undefined) this.fail("missing closing parenthesis in pattern");
    if (c !== ch("?")) {
      const number = ++this.groups;
      const [node, pos2] = this.regexp(pos, mode, true);
      return [{ kind: "group", node, number }, this.closeParen(pos2)];
    }
    const pos2 = pos + 1;
    const c2 = this.at(pos2);
    if (c2 === undefined) this.badQuestionSequence();
    if (c2 === ch(">")) {
      const [node, pos3] = this.regexp(pos2 + 1, mode, true);
      return [{ kind: "atomic", node }, this.closeParen(pos3)];
    }
    if (c2 === ch("(")) return this.conditional(pos2 + 1, mode);
    if (c2 === ch("i") || c2 === ch("s") || c2 === ch("m") || c2 === ch("-") || c2 === ch(":")) {
      const [mode2, pos3] = this.modes(pos2, mode);
      if (this.at(pos3) !== ch(":")) {
        this.fail("expected `:` or another mode after `(?` and a mode sequence;\n a mode is `i`, `-i`, `m`, `-m`, `s`, or `-s`");
      }
      const [node, pos4] = this.regexp(pos3 + 1, mode2, true);
      return [node, this.closeParen(pos4)];
    }
    return this.look(pos2, mode);
  }

  /** `=`, `!`, `<=` or `<!` after `(?`. */
  private look(pos: number, mode: Mode): [RegexpNode, number] {
    const c = this.at(pos);
    if (c === ch("=") || c === ch("!")) {
      const [node, pos2] = this.regexp(pos + 1, mode, true);
      return [{ kind: "lookahead", node, matches: c === ch("=") }, this.closeParen(pos2)];
    }
    if (c === ch("<")) {
      const c2 = this.at(pos + 1);
      if (c2 === ch("=") || c2 === ch("!")) {
        const [node, pos2] = this.regexp(pos + 2, mode, true);
        return [{ kind: "lookbehind", node, matches: c2 === ch("=") }, this.closeParen(pos2)];
      }
    }
    this.badQuestionSequence();
  }

  /** After `(?(`: the test, the branch and an optional second branch. */
  private conditional(pos: number, mode: Mode): [RegexpNode, number] {
    const [test, pos2] = this.conditionTest(pos, mode);
    const [first, pos3] = this.pieces(pos2, mode);
    const c = this.at(pos3);
    if (c === undefined) this.fail("missing closing parenthesis in pattern");
    if (c === ch("|")) {
      let second: RegexpNode[] = [];
      let pos4 = pos3 + 1;
      if (this.at(pos4) !== ch(")")) [second, pos4] = this.pieces(pos4, mode);
      const c4 = this.at(pos4);
      if (c4 === undefined) this.fail("missing closing parenthesis in pattern");
      if (c4 !== ch(")")) this.fail("expected `)` to close `(?(...)...` after second branch");
      return [{ kind: "conditional", test, then: sequenceOf(first), otherwise: sequenceOf(second) }, pos4 + 1];
    }
    return [{ kind: "conditional", test, then: sequenceOf(first), otherwise: EMPTY }, pos3 + 1];
  }

  private conditionTest(pos: number, mode: Mode): [number | RegexpNode, number] {
    const c = this.at(pos);
    if (c === undefined) this.fail("missing closing parenthesis in pattern");
    if (c === ch("?")) return this.look(pos + 1, mode);
    if (isDigit(c)) {
      const [n, pos2] = this.integer(pos);
      if (this.at(pos2) !== ch(")")) this.fail("expected `)` after `(?(` followed by digits");
      return [n, pos2 + 1];
    }
    this.fail("expected `(?=`, `(?!`, `(?<`, or digit after `(?(`");
  }

  /** A mode sequence: `i`, `s`, `m`, `-i`, `-s`, `-m` in any number. */
  private modes(pos: number, mode: Mode): [Mode, number] {
    for (;;) {
      const c = this.at(pos);
      if (c === ch("i")) mode = { ...mode, caseSensitive: false };
      else if (c === ch("s")) mode = { ...mode, multiLine: false };
      else if (c === ch("m")) mode = { ...mode, multiLine: true };
      else if (c === ch("-")) {
        const c2 = this.at(pos + 1);
        if (c2 === ch("i")) mode = { ...mode, caseSensitive: true };
        else if (c2 === ch("s")) mode = { ...mode, multiLine: true };
        else if (c2 === ch("m")) mode = { ...mode, multiLine: false };
        else return [mode, pos];
        pos++;
      } else return [mode, pos];
      pos++;
    }
  }

  private closeParen(pos: number): number {
    if (this.at(pos) !== ch(")")) this.fail("expected a closing `)`");
    return pos + 1;
  }

  private badQuestionSequence(): never {
    this.fail("expected `:`, `=`, `!`, `<=`, `<!`, `i`, `-i`, `m`, `-m`, `s`, or `-s` after `(?`");
  }

  // ---- brackets ----------------------------------------------------------------------------

  /** After `[`: an optional `^`, then the range. */
  private rangeOrNot(pos: number, mode: Mode): [CodePointSet, number] {
    if (this.at(pos) === undefined) this.missingSquare();
    if (this.at(pos) === ch("^")) {
      const [set, pos2] = this.range(pos + 1, mode);
      return [set.invert(), pos2];
    }
    return this.range(pos, mode);
  }

  /** A `]` or `-` first is literal. */
  private range(pos: number, mode: Mode): [CodePointSet, number] {
    const c = this.at(pos);
    if (c === undefined) this.missingSquare();
    if (c === ch("]") || c === ch("-")) return this.rangeRest(CodePointSet.EMPTY.add(c), pos + 1, mode, undefined, undefined);
    return this.rangeRest(CodePointSet.EMPTY, pos, mode, undefined, undefined);
  }

  /**
   * The rest of a bracket expression. `spanFrom`: the previous character, which a `-` may turn
   * into the start of a span; `mustSpanFrom`: the start of a span whose `-` was just read.
   */
  private rangeRest(set: CodePointSet, pos: number, mode: Mode, spanFrom: number | undefined, mustSpanFrom: number | undefined): [CodePointSet, number] {
    for (;;) {
      const c = this.at(pos);
      if (c === undefined) this.missingSquare();
      if (c === ch("]")) return [this.addPending(set, spanFrom, mode), pos + 1];
      if (c === ch("-")) {
        const c2 = this.at(pos + 1);
        if (c2 === undefined) this.missingSquare();
        if (c2 === ch("]")) {
          if (mustSpanFrom !== undefined) this.misplacedHyphen();
          return [this.addPending(set, spanFrom, mode).add(ch("-")), pos + 2];
        }
        if (spanFrom === undefined) this.misplacedHyphen();
        mustSpanFrom = spanFrom;
        spanFrom = undefined;
        pos++;
        continue;
      }
      if (c === ch("\\") && this.px) {
        const c2 = this.at(pos + 1);
        if (c2 === undefined) this.fail("escaping backslash at end pattern (within square brackets)");
        if (isAsciiLetter(c2)) {
          if (mustSpanFrom !== undefined) this.fail("misplaced hyphen within square brackets in pattern");
          const cls = classEscape(c2);
          if (cls === undefined) this.fail("illegal alphabetic escape");
          set = cls.union(this.addPending(set, spanFrom, mode));
          spanFrom = undefined;
          pos += 2;
          continue;
        }
        [set, spanFrom, mustSpanFrom] = this.spanChar(c2, set, mode, spanFrom, mustSpanFrom);
        pos += 2;
        continue;
      }
      if (c === ch("[") && this.px && mustSpanFrom === undefined) {
        const posix = this.posixClassAt(pos + 1);
        if (posix !== undefined) {
          set = posix.set.union(this.addPending(set, spanFrom, mode));
          spanFrom = undefined;
          pos = posix.next;
          continue;
        }
      }
      [set, spanFrom, mustSpanFrom] = this.spanChar(c, set, mode, spanFrom, mustSpanFrom);
      pos++;
    }
  }

  /** One character in brackets: the end of a pending span, or a possible span start. */
  private spanChar(c: number, set: CodePointSet, mode: Mode, spanFrom: number | undefined, mustSpanFrom: number | undefined): [CodePointSet, number | undefined, number | undefined] {
    if (mustSpanFrom !== undefined) {
      if (mustSpanFrom > c) this.fail("invalid range within square brackets in pattern");
      return [addSpanWithCase(set, mustSpanFrom, c, mode), undefined, undefined];
    }
    return [this.addPending(set, spanFrom, mode), c, undefined];
  }

  private addPending(set: CodePointSet, c: number | undefined, mode: Mode): CodePointSet {
    return c === undefined ? set : addWithCase(set, c, mode);
  }

  /** `[:name:]` at `pos` (just after its `[`): the class and the position after its `]`. */
  private posixClassAt(pos: number): { set: CodePointSet; next: number } | undefined {
    if (this.at(pos) !== ch(":")) return undefined;
    let name = "";
    let i = pos + 1;
    for (;;) {
      const c = this.at(i);
      if (c === undefined) return undefined;
      if (c >= ch("a") && c <= ch("z")) {
        name += String.fromCharCode(c);
        i++;
      } else if (c === ch(":") && this.at(i + 1) === ch("]")) {
        break;
      } else return undefined;
    }
    const set = posixClass(name);
    return set === undefined ? undefined : { set, next: i + 2 };
  }

  private missingSquare(): never {
    this.fail("missing closing square bracket in pattern");
  }

  private misplacedHyphen(): never {
    this.fail("misplaced hyphen within square brackets in pattern");
  }
}

/** `\d \D \w \W \s \S` (pregexp), or undefined for another letter. */
function classEscape(c: number): CodePointSet | undefined {
  switch (String.fromCharCode(c)) {
    case "d":
      return DIGITS;
    case "D":
      return DIGITS.invert();
    case "w":
      return WORD;
    case "W":
      return WORD.invert();
    case "s":
      return SPACE;
    case "S":
      return SPACE.invert();
    default:
      return undefined;
  }
}

/** Parses a pattern; throws RegexpSyntaxError with Racket's message. */
export function parseRegexp(pattern: string, px: boolean): ParsedRegexp {
  return new Parser(pattern, px).parse();
}
