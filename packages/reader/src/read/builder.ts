// Builds data straight from the token stream, one datum at a time, with an explicit stack of open
// containers: nesting depth is bounded by memory, never by the JS stack, and every failure is a
// ReadError with a position.

import type { ILexingError, IToken, TokenType } from "chevrotain";
import { TokenStream, type TextOrigin } from "./token-stream.js";
import * as T from "./lexer.js";
import { ReadError } from "./read-error.js";
import { EscapeError, decodeChar, decodeString, decodeSymbolText } from "./escapes.js";
import { parseNumber } from "./number-syntax.js";
import { Char } from "../datum/char.js";
import { Keyword, sym, type Sym } from "../datum/symbol.js";
import { NIL, Pair } from "../datum/pair.js";
import { Box } from "../datum/special.js";
import { RegexpValue, checkRegexpLiteral } from "../datum/regexp.js";
import { HashTable, type HashKind } from "../datum/hash.js";
import { Syntax, syntaxToDatum, type SourceLocation } from "../datum/syntax.js";

export interface ReadOptions {
  /** Name used in source locations and error messages (a file name); default "string". */
  source?: string;
  /** Produce Syntax objects with source locations (default) or plain data (for `read`). */
  positions?: boolean;
  /** Where `text` starts in its source, when it is a slice of a larger text (positions). */
  origin?: TextOrigin;
}

const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

const PREFIX_SYMBOL = new Map<TokenType, Sym>([
  [T.Quote, sym("quote")],
  [T.Quasiquote, sym("quasiquote")],
  [T.Unquote, sym("unquote")],
  [T.UnquoteSplicing, sym("unquote-splicing")],
  [T.Syntax, sym("syntax")],
  [T.Quasisyntax, sym("quasisyntax")],
  [T.Unsyntax, sym("unsyntax")],
  [T.UnsyntaxSplicing, sym("unsyntax-splicing")],
]);

/** Where we are inside a list: before/after a `.`, and Racket's infix `(a . op . b)`. */
type DotState = "none" | "after-dot" | "tail" | "after-infix-dot";

type Frame =
  | { kind: "list"; open: IToken; items: unknown[]; dot: DotState; tail: unknown; infix: unknown; hasInfix: boolean; dotToken?: IToken }
  | { kind: "vector"; open: IToken; items: unknown[] }
  | { kind: "hash"; open: IToken; items: unknown[]; hashKind: HashKind }
  | { kind: "prefix"; token: IToken; symbol: Sym }
  | { kind: "box"; token: IToken }
  | { kind: "datum-comment"; token: IToken };

/** Marks "no more data" from `DatumReader.next()`. */
export const END: unique symbol = Symbol("end of input");

export class DatumReader {
  private readonly source: string;
  private readonly positions: boolean;
  private readonly stream: TokenStream;
  private readonly origin: TextOrigin | undefined;
  /** Global index of the next token. */
  private index = 0;

  constructor(
    private readonly text: string,
    options: ReadOptions = {},
  ) {
    this.source = options.source ?? "string";
    this.positions = options.positions ?? true;
    this.origin = options.origin;
    this.stream = new TokenStream(text, options.origin);
  }

  /** Offset just past the last datum read (where a port continues reading characters). */
  get offset(): number {
    return this.index === 0 ? 0 : this.stream.token(this.index - 1)!.endOffset! + 1;
  }

  /** Every remaining datum. */
  readAll(): unknown[] {
    const out: unknown[] = [];
    for (let d = this.next(); d !== END; d = this.next()) out.push(d);
    return out;
  }

  /** The next datum, or END. Throws ReadError. */
  next(): unknown {
    const stack: Frame[] = [];
    this.stream.release(this.index);
    for (;;) {
      const tok = this.stream.token(this.index);
      // A lexing error before the next token: the reader has reached it.
      const err = this.stream.firstError();
      if (err !== undefined && (tok === undefined || err.offset < tok.startOffset)) throw this.lexError(err);
      if (tok === undefined) {
        if (stack.length === 0) return END;
        throw this.unclosed(stack);
      }
      this.index++;
      let datum: unknown;
      switch (tok.tokenType) {
        case T.Open:
          stack.push({ kind: "list", open: tok, items: [], dot: "none", tail: NIL, infix: undefined, hasInfix: false });
          continue;
        case T.VectorOpen:
          stack.push({ kind: "vector", open: tok, items: [] });
          continue;
        case T.HashOpen: {
          const image = tok.image;
          const hashKind: HashKind = image.startsWith("#hasheqv") ? "eqv" : image.startsWith("#hasheq") ? "eq" : "equal";
          stack.push({ kind: "hash", open: tok, items: [], hashKind });
          continue;
        }
        case T.BoxPrefix:
          stack.push({ kind: "box", token: tok });
          continue;
        case T.DatumComment:
          stack.push({ kind: "datum-comment", token: tok });
          continue;
        case T.Close:
          datum = this.close(stack, tok);
          break;
        case T.StringLit:
          datum = this.wrap(this.string(tok), tok);
          break;
        case T.RegexpLit:
          datum = this.wrap(this.regexp(tok), tok);
          break;
        case T.CharLit:
          datum = this.wrap(this.char(tok), tok);
          break;
        case T.KeywordLit:
          datum = this.wrap(Keyword.intern(decodeSymbolText(tok.image.slice(2))), tok);
          break;
        case T.HashAtom:
          datum = this.wrap(this.hashAtom(tok), tok);
          break;
        case T.Atom:
          if (tok.image === ".") {
            this.dot(stack, tok);
            continue;
          }
          datum = this.wrap(this.atom(tok), tok);
          break;
        case T.LangLine:
          if (this.index !== 1) throw this.error(`\`#lang\` is only allowed at the start of a program, found at ${tok.startLine}:${tok.startColumn}`, tok);
          continue;
        case T.UnclosedBlockComment:
          throw this.error(`unclosed \`#|\` comment opened at ${tok.startLine}:${tok.startColumn}`, tok, true);
        default: {
          const prefix = PREFIX_SYMBOL.get(tok.tokenType);
          if (prefix === undefined) throw new Error(`reader: unhandled token ${tok.tokenType.name}`);
          stack.push({ kind: "prefix", token: tok, symbol: prefix });
          continue;
        }
      }
      const done = this.complete(stack, datum);
      if (done !== CONTINUE) return done;
    }
  }

  /** Feeds a finished datum to the frame on top of the stack; returns it when it is top-level. */
  private complete(stack: Frame[], datum: unknown): unknown {
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return datum;
      switch (top.kind) {
        case "prefix": {
          stack.pop();
          const head = this.wrap(top.symbol, top.token);
          datum = this.wrapSpan(new Pair(head, new Pair(datum, NIL)), top.token, this.endOf(datum, top.token));
          continue;
        }
        case "box":
          stack.pop();
          datum = this.wrapSpan(new Box(datum, false), top.token, this.endOf(datum, top.token));
          continue;
        case "datum-comment":
          stack.pop();
          return CONTINUE;
        case "list":
          switch (top.dot) {
            case "none":
              top.items.push(datum);
              break;
            case "after-dot":
              top.tail = datum;
              top.dot = "tail";
              break;
            case "tail":
              throw this.illegalDot(top.dotToken!);
            case "after-infix-dot":
              // `(a . op . b c)` reads as `(op a b c)`.
              top.items.push(datum);
              top.dot = "none";
              break;
          }
          return CONTINUE;
        case "vector":
        case "hash":
          top.items.push(datum);
          return CONTINUE;
      }
    }
  }

  private dot(stack: Frame[], tok: IToken): void {
    const top = stack[stack.length - 1];
    if (top?.kind !== "list" || top.items.length === 0) throw this.illegalDot(tok);
    if (top.dot === "none" && !top.hasInfix) {
      top.dot = "after-dot";
      top.dotToken = tok;
    } else if (top.dot === "tail" && !top.hasInfix) {
      // Second dot: the datum between the dots is the operator of an infix form.
      top.infix = top.tail;
      top.tail = NIL;
      top.hasInfix = true;
      top.dot = "after-infix-dot";
    } else throw this.illegalDot(tok);
  }

  private illegalDot(tok: IToken): ReadError {
    return this.error(`illegal use of \`.\` at ${tok.startLine}:${tok.startColumn}`, tok);
  }

  private close(stack: Frame[], tok: IToken): unknown {
    const top = stack.pop();
    if (top === undefined) throw this.error(`unexpected \`${tok.image}\` at ${tok.startLine}:${tok.startColumn}`, tok);
    if (top.kind !== "list" && top.kind !== "vector" && top.kind !== "hash") {
      throw this.error(`expected a datum after ${quoteToken(top.kind === "datum-comment" ? "#;" : top.token.image)} at ${top.token.startLine}:${top.token.startColumn}, found \`${tok.image}\``, top.token);
    }
    const openChar = top.open.image[top.open.image.length - 1]!;
    const expected = CLOSER[openChar]!;
    if (tok.image !== expected) {
      throw this.error(
        `expected \`${expected}\` to close \`${openChar}\` opened at ${top.open.startLine}:${top.open.startColumn}, found \`${tok.image}\` at ${tok.startLine}:${tok.startColumn}`,
        tok,
      );
    }
    switch (top.kind) {
      case "list": {
        if (top.dot === "after-dot" || top.dot === "after-infix-dot") throw this.error(`unexpected \`${tok.image}\` at ${tok.startLine}:${tok.startColumn}`, tok);
        // Directly inside `#hash(...)` only `(key . value)` is allowed, and the dot must be
        // written: without positions `(k . (1 2))` and `(k 1 2)` build the same pairs.
        if (stack[stack.length - 1]?.kind === "hash") {
          if (top.items.length !== 1 || top.dot !== "tail" || top.hasInfix) {
            throw this.error(`expected \`(key . value)\` pairs in a hash literal at ${top.open.startLine}:${top.open.startColumn}`, top.open);
          }
          return new HashPair(top.items[0], top.tail);
        }
        if (top.hasInfix) top.items.unshift(top.infix);
        let list = top.tail;
        for (let i = top.items.length - 1; i >= 0; i--) list = new Pair(top.items[i], list);
        return this.wrapSpan(list, top.open, tok);
      }
      case "vector":
        return this.wrapSpan(Object.freeze(top.items), top.open, tok);
      case "hash":
        return this.wrapSpan(this.hashLiteral(top.items, top.hashKind, top.open), top.open, tok);
    }
  }

  private hashLiteral(items: unknown[], kind: HashKind, open: IToken): HashTable {
    const table = new HashTable(kind, true);
    for (const item of items) {
      if (!(item instanceof HashPair)) {
        const at = item instanceof Syntax && item.loc ? item.loc : { line: open.startLine ?? 1, column: open.startColumn ?? 1 };
        throw this.error(`expected \`(key . value)\` pairs in a hash literal at ${at.line}:${at.column}`, item instanceof Syntax && item.loc ? item.loc : open);
      }
      table.set(syntaxToDatum(item.key), item.value);
    }
    return table.copy(false);
  }

  /** `#rx"..."` / `#px"..."`: the pattern is checked now, so a bad one is a read error as in Racket. */
  private regexp(tok: IToken): RegexpValue {
    const source = this.string(tok, 3);
    const value = new RegexpValue(source, tok.image[1] === "p");
    const problem = checkRegexpLiteral(value);
    if (problem !== undefined) throw this.error(`read-syntax: ${problem}`, tok);
    return value;
  }

  /** The string of a string token, or of the string part of a token from `skip` on. */
  private string(tok: IToken, skip = 0): string {
    const s = decodeString(skip === 0 ? tok.image : tok.image.slice(skip));
    if (s instanceof EscapeError) {
      if (s.incomplete) throw this.error(`unclosed string opened at ${tok.startLine}:${tok.startColumn}`, tok, true);
      const at = this.positionIn(tok, s.index + skip);
      throw new ReadError(`${s.message} at ${at.line}:${at.column}`, this.source, at.line, at.column, at.offset);
    }
    return s;
  }

  private char(tok: IToken): Char {
    const c = decodeChar(tok.image);
    if (c instanceof EscapeError) throw this.error(`${c.message} at ${tok.startLine}:${tok.startColumn}`, tok, c.incomplete);
    return Char.of(c);
  }

  private atom(tok: IToken): unknown {
    const image = tok.image;
    if (image.indexOf("|") >= 0 || image.indexOf("\\") >= 0) return sym(decodeSymbolText(image));
    const n = parseNumber(image);
    if (n.kind === "number") return n.value;
    if (n.kind === "not-a-number") return sym(image);
    throw this.error(`${n.message} at ${tok.startLine}:${tok.startColumn}`, tok);
  }

  private hashAtom(tok: IToken): unknown {
    const image = tok.image;
    switch (image) {
      case "#t":
      case "#T":
      case "#true":
        return true;
      case "#f":
      case "#F":
      case "#false":
        return false;
    }
    const second = image[1]!;
    if (second === "%") return sym(decodeSymbolText(image));
    if ("xXbBoOdDeEiI".includes(second)) {
      const n = parseNumber(image);
      if (n.kind === "number") return n.value;
      const why = n.kind === "error" ? n.message : `bad number \`${image}\``;
      throw this.error(`${why} at ${tok.startLine}:${tok.startColumn}`, tok);
    }
    const unsupported = /^#(rx|px)#$/.test(image)
      ? "byte-regexp literals are not supported"
      : image === "#s"
        ? "prefab structure literals are not supported"
        : undefined;
    if (unsupported !== undefined) throw this.error(`${unsupported} at ${tok.startLine}:${tok.startColumn}`, tok);
    throw this.error(`bad syntax \`${image}\` at ${tok.startLine}:${tok.startColumn}`, tok);
  }

  private lexError(err: ILexingError): ReadError {
    const line = err.line ?? 1;
    const column = err.column ?? 1;
    // err.offset is in source coordinates; the text may be a slice of the source.
    const i = err.offset - (this.origin?.offset ?? 0);
    const c = this.text[i];
    const at = `${line}:${column}`;
    const [message, incomplete] =
      c === "|"
        ? [`unclosed \`|\` in symbol at ${at}`, true]
        : c === "\\"
          ? [`expected a character after \`\\\` at ${at}`, true]
        : c === "#" && this.text[i + 1] === "\\"
          ? [`expected a character after \`#\\\` at ${at}`, true]
          : c === "#" && this.text[i + 1] === '"'
          ? [`byte strings (\`#"..."\`) are not supported at ${at}`, false]
          : c === "#"
            ? [`bad syntax \`#${/^\S$/u.test(this.text[i + 1] ?? "") ? this.text[i + 1] : ""}\` at ${at}`, false]
            : [`unexpected character \`${c}\` at ${at}`, false];
    return new ReadError(message, this.source, line, column, err.offset, incomplete);
  }

  private unclosed(stack: Frame[]): ReadError {
    const top = stack[stack.length - 1]!;
    const tok = top.kind === "list" || top.kind === "vector" || top.kind === "hash" ? top.open : top.token;
    const what =
      top.kind === "list" || top.kind === "vector" || top.kind === "hash"
        ? `unclosed \`${tok.image}\` opened at`
        : top.kind === "datum-comment"
          ? "expected a datum to comment out after `#;` at"
          : `expected a datum after ${quoteToken(tok.image)} at`;
    return this.error(`${what} ${tok.startLine}:${tok.startColumn}`, tok, true);
  }

  private error(message: string, at: IToken | SourceLocation, incomplete = false): ReadError {
    if ("image" in at) return new ReadError(message, this.source, at.startLine ?? 1, at.startColumn ?? 1, at.startOffset, incomplete);
    return new ReadError(message, this.source, at.line, at.column, at.offset, incomplete);
  }

  private positionIn(tok: IToken, index: number): { line: number; column: number; offset: number } {
    let line = tok.startLine ?? 1;
    let column = tok.startColumn ?? 1;
    const image = tok.image;
    for (let i = 0; i < index; i++) {
      const c = image.charCodeAt(i);
      if (c === 10 || (c === 13 && image.charCodeAt(i + 1) !== 10)) {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column, offset: tok.startOffset + index };
  }

  // ---- syntax objects --------------------------------------------------------------------

  private wrap(d: unknown, tok: IToken): unknown {
    if (!this.positions) return d;
    return new Syntax(d, {
      source: this.source,
      line: tok.startLine ?? 1,
      column: tok.startColumn ?? 1,
      offset: tok.startOffset,
      span: tok.image.length,
    });
  }

  private wrapSpan(d: unknown, start: IToken, endOffset: IToken | number): unknown {
    if (!this.positions) return d;
    const end = typeof endOffset === "number" ? endOffset : endOffset.endOffset! + 1;
    return new Syntax(d, {
      source: this.source,
      line: start.startLine ?? 1,
      column: start.startColumn ?? 1,
      offset: start.startOffset,
      span: end - start.startOffset,
    });
  }

  private endOf(datum: unknown, fallback: IToken): number {
    if (datum instanceof Syntax && datum.loc !== undefined) return datum.loc.offset + datum.loc.span;
    return fallback.endOffset! + 1;
  }
}

const CONTINUE: unique symbol = Symbol("continue");

/** Shows a token in a message; a backtick cannot sit inside backticks, so it gets quotes. */
function quoteToken(image: string): string {
  return image.includes("`") ? `"${image}"` : `\`${image}\``;
}

/** A `(key . value)` element read directly inside a hash literal. */
class HashPair {
  constructor(
    readonly key: unknown,
    readonly value: unknown,
  ) {}
}

/** Reads every datum of `text` as syntax objects with source locations. */
export function readSyntaxAll(text: string, source = "string"): Syntax[] {
  return new DatumReader(text, { source, positions: true }).readAll() as Syntax[];
}

/** Reads every datum of `text` as plain data. */
export function readAll(text: string, source = "string"): unknown[] {
  return new DatumReader(text, { source, positions: false }).readAll();
}

/** Reads the first datum of `text` as plain data; throws a ReadError if there is none. */
export function readOne(text: string, source = "string"): unknown {
  const r = new DatumReader(text, { source, positions: false });
  const d = r.next();
  if (d === END) throw new ReadError("expected a datum, found end of input", source, 1, 1, 0, true);
  return d;
}
