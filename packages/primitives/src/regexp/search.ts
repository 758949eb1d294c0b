// Searching a string with a compiled regexp, in Racket's terms: positions count characters (code
// points), a search covers a region [start, end) of the input, and the repeated searches of
// regexp-match*, regexp-split and regexp-replace* follow Racket's loop
// (collects/racket/private/string.rkt, regexp-loop):
//   - after a match, the next search starts where it ended and may look back at most the
//     regexp's lookbehind (`^` and `\b` count one character), so `^` does not match again;
//   - after an empty match, the next match must end beyond that position (Racket's
//     `(?:rx)(?<=.{n})` "no empty edge" variant), which moves the search along.

import { offsetsOf } from "../strings/code-points.js";
import type { CompiledRegexp } from "./compile.js";

/** Start and end of each group (0: the whole match), or undefined for a group that did not match. */
export type MatchPositions = ReadonlyArray<readonly [number, number] | undefined>;

/** A string to search, with conversions between code-point and UTF-16 positions. */
export class Subject {
  /** UTF-16 offset of each code point (and of the end), or null when they coincide. */
  private readonly offsets: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    this.offsets = offsetsOf(text);
    this.length = this.offsets === null ? text.length : this.offsets.length - 1;
  }

  unit(cp: number): number {
    return this.offsets === null ? cp : this.offsets[cp]!;
  }

  /** The code-point position of a UTF-16 offset (at a code point boundary). */
  codePoint(unit: number): number {
    const o = this.offsets;
    if (o === null) return unit;
    let lo = 0;
    let hi = o.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (o[mid]! < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The characters [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}

/**
 * One search of the region [regionStart, regionEnd) from `from`, seeing at most `context`
 * characters before `from` (never before regionStart). `nonEmpty`: the match must end after `from`.
 */
export function searchFrom(
  rx: CompiledRegexp,
  subject: Subject,
  regionStart: number,
  regionEnd: number,
  from: number,
  context: number,
  nonEmpty: boolean,
): MatchPositions | undefined {
  const base = Math.max(regionStart, from - context);
  const baseUnit = subject.unit(base);
  const endUnit = subject.unit(regionEnd);
  const text = baseUnit === 0 && endUnit === subject.text.length ? subject.text : subject.text.slice(baseUnit, endUnit);
  const js = nonEmpty ? rx.nonEmptyAfter(from - base) : rx.search;
  js.lastIndex = subject.unit(from) - baseUnit;
  const m = js.exec(text);
  if (m === null) return undefined;
  const starts = positionsOf(m, rx, subject, baseUnit);
  return starts;
}

/** Racket's groups of a JavaScript match, as code-point positions in the subject. */
function positionsOf(m: RegExpExecArray, rx: CompiledRegexp, subject: Subject, baseUnit: number): MatchPositions {
  const out: Array<readonly [number, number] | undefined> = [];
  const whole = m.index + baseUnit;
  out.push([subject.codePoint(whole), subject.codePoint(whole + m[0].length)]);
  for (let n = 1; n <= rx.groupCount; n++) {
    const span = m.indices?.[rx.groupIndex[n]!];
    out.push(span === undefined ? undefined : [subject.codePoint(span[0] + baseUnit), subject.codePoint(span[1] + baseUnit)]);
  }
  return out;
}

/** The first match in [start, end), as regexp-match sees it (nothing before `start` is visible). */
export function firstMatch(rx: CompiledRegexp, subject: Subject, start: number, end: number): MatchPositions | undefined {
  return searchFrom(rx, subject, start, end, start, 0, false);
}

/** Every match in [start, end), in Racket's regexp-loop order. */
export function allMatches(rx: CompiledRegexp, subject: Subject, start: number, end: number): MatchPositions[] {
  const out: MatchPositions[] = [];
  let from = start;
  let nonEmpty = false;
  for (;;) {
    const m = searchFrom(rx, subject, start, end, from, rx.lookbehind, nonEmpty);
    if (m === undefined) return out;
    out.push(m);
    const [s, e] = m[0]!;
    nonEmpty = s === e;
    from = e;
  }
}
