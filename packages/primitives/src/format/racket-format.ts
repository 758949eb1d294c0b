// racket/format's ~a ~s ~v ~e ~.a ~.s ~.v: concatenate the printed forms of the arguments, then
// cut to #:max-width (with a #:limit-marker) and pad to #:min-width, following
// collects/racket/format.rkt. Widths count code points.

import { Flonum, MString, Sym, VOID, display, print, printSegments, printTruncated, write, type PrintHole, type PrintMode } from "@rlms/reader";
import { Exn, defineKeywordPrimitive, errorValue } from "@rlms/evaluator";
import { codePointLength, codePointSlice } from "../strings/code-points.js";
import { blame, keywordArgument } from "./contracts.js";
import { pad, type Align } from "./padding.js";
import { REAL_FORMAT_PRIMITIVES } from "./real-format.js";
import { plainText, writeSegments } from "../ports/custom-write.js";
import { StringOutputPort } from "../ports/port.js";

const isNatural = (x: unknown): x is number | bigint => (typeof x === "number" && x >= 0) || (typeof x === "bigint" && x >= 0n);
const textOf = (x: unknown): string | undefined => (typeof x === "string" ? x : x instanceof MString ? x.value : undefined);

/** Cuts `s` to `limit` code points, the marker included, at the end or (prefix) at the start. */
function cut(s: string, limit: number, marker: string, prefix: boolean): string {
  const length = codePointLength(s);
  if (length <= limit) return s;
  const markerLength = codePointLength(marker);
  return prefix ? marker + codePointSlice(s, length - limit + markerLength, length) : codePointSlice(s, 0, limit - markerLength) + marker;
}

interface CatOptions {
  limit: number;
  marker: string;
  prefix: boolean;
  padTo: number;
  align: Align;
  left: string;
  right: string;
  separator: string;
}

/** Reads and checks the keyword arguments, in the (alphabetical) order Racket's contract does. */
function catOptions(who: string, kws: ReadonlyMap<string, unknown>, defaultSeparator: string, defaultMarker: string): CatOptions {
  const arg = (name: string, ok: (v: unknown) => boolean, expected: string): unknown => {
    const v = kws.get(name);
    if (v !== undefined && !ok(v)) throw blame(who, expected, v, keywordArgument(name));
    return v;
  };
  const nonEmpty = (v: unknown) => (textOf(v) ?? "") !== "";
  const isString = (v: unknown) => textOf(v) !== undefined;
  const align = arg("align", (v) => v instanceof Sym && ["left", "right", "center"].includes(v.name), "(or/c (quote left) (quote right) (quote center))");
  const leftPad = arg("left-pad-string", nonEmpty, "non-empty-string?");
  const marker = arg("limit-marker", isString, "string?");
  const prefix = arg("limit-prefix?", (v) => typeof v === "boolean", "boolean?");
  const maxWidth = arg("max-width", (v) => isNatural(v) || (v instanceof Flonum && v.value === Infinity), "(or/c natural? +inf.0)");
  const minWidth = arg("min-width", isNatural, "natural?");
  const padString = arg("pad-string", nonEmpty, "non-empty-string?");
  const rightPad = arg("right-pad-string", nonEmpty, "non-empty-string?");
  const separator = arg("separator", isString, "string?");
  const width = arg("width", (v) => v === false || isNatural(v), "(or/c natural? #f)");

  const widthValue = width === undefined || width === false ? undefined : Number(width);
  const limit = maxWidth === undefined ? (widthValue ?? Infinity) : maxWidth instanceof Flonum ? Infinity : Number(maxWidth);
  const padTo = minWidth === undefined ? (widthValue ?? 0) : Number(minWidth);
  const limitMarker = marker === undefined ? defaultMarker : textOf(marker)!;
  if (padTo > limit) throw new Exn("exn:fail", `${who}: pad-to length greater than limit (${limit}): ${padTo}`);
  if (codePointLength(limitMarker) > limit) {
    throw new Exn("exn:fail", `${who}: limit-marker string longer than limit (${limit}): ${errorValue(limitMarker)}`);
  }
  const padText = padString === undefined ? " " : textOf(padString)!;
  return {
    limit,
    marker: limitMarker,
    prefix: prefix === true,
    padTo,
    align: align === undefined ? "left" : ((align as Sym).name as Align),
    left: leftPad === undefined ? padText : textOf(leftPad)!,
    right: rightPad === undefined ? padText : textOf(rightPad)!,
    separator: separator === undefined ? defaultSeparator : textOf(separator)!,
  };
}

/**
 * One of ~a ~s ~v ~e ~.a ~.s ~.v: `show` prints one value. For ~a ~s ~v (`mode`), a struct with
 * its own printer (gen:custom-write) is printed by calling its procedure on the calling fiber,
 * into a string port; the text is then cut and padded and becomes the fiber's result (the
 * keyword primitive's own return value is overwritten by then).
 */
function catPrimitive(who: string, show: (v: unknown) => string, defaultSeparator: string, defaultMarker: string, mode?: PrintMode) {
  return defineKeywordPrimitive(
    who,
    [0, Infinity],
    ["align", "left-pad-string", "limit-marker", "limit-prefix?", "max-width", "min-width", "pad-string", "right-pad-string", "separator", "width"],
    (values, kws, fiber) => {
      const o = catOptions(who, kws, defaultSeparator, defaultMarker);
      const finish = (text: string): string => pad(cut(text, o.limit, o.marker, o.prefix), o.padTo, o.align, o.left, o.right);
      if (mode === undefined) return finish(values.map(show).join(o.separator));
      const segments: Array<string | PrintHole> = [];
      values.forEach((v, i) => {
        if (i > 0) segments.push(o.separator);
        const raw = mode === "display" ? textOf(v) : undefined;
        if (raw !== undefined) segments.push(raw);
        else segments.push(...printSegments(v, mode));
      });
      const text = plainText(segments);
      if (text !== undefined) return finish(text);
      const port = new StringOutputPort();
      writeSegments(fiber, port, segments, 0, (g) => (g.val = finish(port.contents())));
      return VOID;
    },
  );
}

const WIDTH = 256;
const displayed = (v: unknown): string => textOf(v) ?? display(v);

export const RACKET_FORMAT_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["~a", catPrimitive("~a", displayed, "", "", "display")],
  ["~s", catPrimitive("~s", write, " ", "...", "write")],
  ["~v", catPrimitive("~v", print, " ", "...", "print")],
  ["~e", catPrimitive("~e", (v) => printTruncated(v, "print", WIDTH), " ", "...")],
  ["~.a", catPrimitive("~.a", (v) => printTruncated(v, "display", WIDTH), "", "")],
  ["~.s", catPrimitive("~.s", (v) => printTruncated(v, "write", WIDTH), " ", "...")],
  ["~.v", catPrimitive("~.v", (v) => printTruncated(v, "print", WIDTH), " ", "...")],
  ...REAL_FORMAT_PRIMITIVES,
];
