// A regexp used as the separator of string-split, string-trim and string-normalize-spaces: Racket
// builds three regexps from its source (collects/racket/string.rkt, get-rxs): `(?:rx)`, or
// `(?:(?:rx))+` with #:repeat?, and the same anchored with `^` and `$`, of the same flavour.

import { RegexpValue } from "@rlms/reader";
import { compileChecked } from "./arguments.js";
import type { CompiledRegexp } from "./compile.js";
import { allMatches, firstMatch, Subject } from "./search.js";

export interface RegexpSeparator {
  readonly anywhere: CompiledRegexp;
  readonly atStart: CompiledRegexp;
  readonly atEnd: CompiledRegexp;
}

const cache = new WeakMap<RegexpValue, { once?: RegexpSeparator; repeated?: RegexpSeparator }>();

export function regexpSeparator(rx: RegexpValue, repeat: boolean): RegexpSeparator {
  let entry = cache.get(rx);
  if (entry === undefined) cache.set(rx, (entry = {}));
  const cached = repeat ? entry.repeated : entry.once;
  if (cached !== undefined) return cached;
  const who = rx.pregexp ? "pregexp" : "regexp";
  let s = `(?:${rx.source})`;
  if (repeat) s = `(?:${s})+`;
  const make = (source: string) => compileChecked(who, new RegexpValue(source, rx.pregexp));
  const sep = { anywhere: make(s), atStart: make("^" + s), atEnd: make(s + "$") };
  if (repeat) entry.repeated = sep;
  else entry.once = sep;
  return sep;
}

/**
 * What trimming keeps of `text`, as UTF-16 offsets: after a non-empty separator at the start and
 * before one at the end (a trailing one that overlaps the leading one starts where it ends).
 */
export function trimWithRegexp(sep: RegexpSeparator, text: string, left: boolean, right: boolean): [number, number] {
  const subject = new Subject(text);
  let l = 0;
  if (left) {
    const m = firstMatch(sep.atStart, subject, 0, subject.length);
    if (m !== undefined && m[0]![1] > 0) l = m[0]![1];
  }
  let r = subject.length;
  if (right) {
    const m = firstMatch(sep.atEnd, subject, 0, subject.length);
    if (m !== undefined && m[0]![0] < subject.length) r = Math.max(m[0]![0], l);
  }
  return [subject.unit(l), subject.unit(r)];
}

/** regexp-split of `text` on the separator. */
export function splitWithRegexp(sep: RegexpSeparator, text: string): string[] {
  const subject = new Subject(text);
  const out: string[] = [];
  let at = 0;
  for (const m of allMatches(sep.anywhere, subject, 0, subject.length)) {
    out.push(subject.slice(at, m[0]![0]));
    at = m[0]![1];
  }
  out.push(subject.slice(at, subject.length));
  return out;
}
