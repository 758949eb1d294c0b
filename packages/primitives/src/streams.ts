// racket/stream's core: the kinds of streams and stream-empty?, stream-first, stream-rest.
//
// A stream is a list, in-range / in-naturals / in-list (sequences Racket counts as streams), or
// one of the lazy kinds here: `stream-cons` (first and rest each computed once, on demand),
// `stream-lazy` (a promise of a stream), a do-stream (three thunks, called at every use, as
// racket/stream's stream-map and friends build) and `empty-stream`. The operations built on
// these three are Scheme (scheme/stream.scm), ported from Racket's racket/stream.
//
// The three primitives run on the fiber (ControlPrimitive): forcing a stream calls Scheme thunks,
// which must stay re-entrant and fuel-checked.

import { NIL, PRINT, Pair, isList, type PrintContext } from "@rlms/reader";
import { ControlPrimitive, MultipleValues, SchemePromise, ThenFrame, contractViolation, definePrimitive, forcePromise, isProcedure, Exn, errorValue, type Fiber } from "@rlms/evaluator";
import { ProceduralSequence } from "./syntax/procedural-sequence.js";
import { Sequence, SuffixSequence, addSequenceConverter } from "./syntax/sequence.js";

abstract class LazyKind {
  [PRINT](ctx: PrintContext): void {
    ctx.text("#<stream>");
  }
}

/** `(stream-cons first rest)`: both memoised promises; the rest must turn out to be a stream. */
export class StreamCons extends LazyKind {
  constructor(
    readonly first: SchemePromise,
    readonly rest: LazyStream,
  ) {
    super();
  }
}

/** A promise of a stream (`stream-lazy`, and the rest of a stream-cons); `who` names it in errors. */
export class LazyStream extends LazyKind {
  constructor(
    readonly promise: SchemePromise,
    readonly who: string,
  ) {
    super();
  }
}

/** racket/stream's make-do-stream: thunks for empty?, first and rest, called at every use. */
export class DoStream extends LazyKind {
  constructor(
    readonly isEmpty: unknown,
    readonly first: unknown,
    readonly rest: unknown,
  ) {
    super();
  }
}

class EmptyStream extends LazyKind {}

export const EMPTY_STREAM = new EmptyStream();

export function isStream(v: unknown): boolean {
  return v instanceof LazyKind || (v instanceof Sequence && v.isStream) || v === NIL || (v instanceof Pair && isList(v));
}

const NON_EMPTY = "(and/c stream? (not/c stream-empty?))";

/** Forces a lazy stream to a stream that is not lazy, then continues with `then` on it. */
function forceLazy(f: Fiber, s: LazyStream, then: (g: Fiber, s: unknown) => void): void {
  f.k = new ThenFrame(f.k, (g) => {
    const v = g.val;
    if (!isStream(v)) {
      const [what, label] = s.who === "stream-cons" ? ["rest expression", "rest result"] : ["delayed expression", "result"];
      throw new Exn("exn:fail:contract", `${s.who}: ${what} produced a non-stream\n  ${label}: ${errorValue(v)}`);
    }
    if (v instanceof LazyStream) forceLazy(g, v, then);
    else then(g, v);
  });
  forcePromise(f, s.promise);
}

/** Calls `then` with whether `s` is empty (computing as much of it as that takes). */
function emptiness(f: Fiber, s: unknown, who: string, then: (g: Fiber, s: unknown, empty: boolean) => void): void {
  if (s instanceof StreamCons) return then(f, s, false);
  if (s === EMPTY_STREAM || s === NIL) return then(f, s, true);
  if (s instanceof Pair && isList(s)) return then(f, s, false);
  if (s instanceof Sequence && s.isStream) return then(f, s, s.start() === false);
  if (s instanceof LazyStream) return forceLazy(f, s, (g, v) => emptiness(g, v, who, then));
  if (s instanceof DoStream) {
    f.k = new ThenFrame(f.k, (g) => then(g, s, g.val !== false));
    f.apply(s.isEmpty, []);
    return;
  }
  throw contractViolation(who, who === "stream-empty?" ? "stream?" : NON_EMPTY, s);
}

const streamEmpty = new ControlPrimitive("stream-empty?", [1, 1], (f, [s]) =>
  emptiness(f, s, "stream-empty?", (g, _s, empty) => {
    g.val = empty;
  }),
);

const streamFirst = new ControlPrimitive("stream-first", [1, 1], (f, [s]) =>
  emptiness(f, s, "stream-first", (g, v, empty) => {
    if (empty) throw contractViolation("stream-first", NON_EMPTY, v);
    if (v instanceof StreamCons) forcePromise(g, v.first);
    else if (v instanceof Pair) g.val = v.car;
    else if (v instanceof Sequence) g.val = v.ref(v.start());
    else g.apply((v as DoStream).first, []);
  }),
);

const streamRest = new ControlPrimitive("stream-rest", [1, 1], (f, [s]) =>
  emptiness(f, s, "stream-rest", (g, v, empty) => {
    if (empty) throw contractViolation("stream-rest", NON_EMPTY, v);
    if (v instanceof StreamCons) g.val = v.rest;
    else if (v instanceof Pair) g.val = v.cdr;
    else if (v instanceof Sequence) g.val = restOf(v);
    else g.apply((v as DoStream).rest, []);
  }),
);

/** The rest of a non-empty in-range / in-naturals / in-list sequence. */
function restOf(s: Sequence): Sequence {
  const next = s.next(s.start());
  return new SuffixSequence(s instanceof SuffixSequence ? s.inner : s, next);
}

const streamNotEmpty = new ControlPrimitive("stream-not-empty?", [1, 1], (f, [s]) =>
  emptiness(f, s, "stream-empty?", (g, _s, empty) => {
    g.val = !empty;
  }),
);

/** A stream used where a sequence is expected: make-do-sequence over first, rest and emptiness. */
function streamSequence(s: unknown): Sequence | undefined {
  if (!(s instanceof LazyKind)) return undefined;
  const thunk = new ControlPrimitive("in-stream", [0, 0], (f) => {
    f.val = new MultipleValues([streamFirst, streamRest, s, streamNotEmpty, false, false]);
  });
  return new ProceduralSequence(thunk);
}

addSequenceConverter(streamSequence);

const thunkArg = (who: string, v: unknown): unknown => {
  if (!isProcedure(v)) throw contractViolation(who, "procedure?", v);
  return v;
};

export const STREAM_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["stream?", definePrimitive("stream?", 1, isStream)],
  ["stream-empty?", streamEmpty],
  ["stream-first", streamFirst],
  ["stream-rest", streamRest],
  ["empty-stream", EMPTY_STREAM],
  [
    "%stream-cons",
    definePrimitive("%stream-cons", 2, (first: unknown, rest: unknown) => new StreamCons(new SchemePromise(first, false), new LazyStream(new SchemePromise(rest, false), "stream-cons"))),
  ],
  [
    "%stream-lazy",
    definePrimitive("%stream-lazy", 2, (thunk: unknown, who: { name: string }) => new LazyStream(new SchemePromise(thunkArg("stream-lazy", thunk), false), who.name)),
  ],
  [
    "%make-do-stream",
    definePrimitive("%make-do-stream", 3, (isEmpty: unknown, first: unknown, rest: unknown) => new DoStream(isEmpty, first, rest)),
  ],
  /** `stream-force`: the stream a lazy stream stands for (other streams are themselves). */
  [
    "stream-force",
    new ControlPrimitive("stream-force", [1, 1], (f, [s]) => {
      if (s instanceof LazyStream) forceLazy(f, s, (g, v) => (g.val = v));
      else if (isStream(s)) f.val = s;
      else throw contractViolation("stream-force", "stream?", s);
    }),
  ],
];
