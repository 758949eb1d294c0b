// Sequences whose elements come from calling Scheme procedures: Racket's make-do-sequence, and
// what is built on it (in-producer, in-generator, streams used as sequences).
//
// Sequence positions are computed by TypeScript (sequence.ts), which cannot call Scheme code
// (a callback must run on the fiber: continuations captured in it stay re-entrant, and fuel and
// deadlines apply). So a procedural sequence's positions come in two states: a PendingPosition
// says what to compute next (the first element, or the one after a ReadyPosition), and the
// Scheme procedure `%force-position` (scheme/sequences.scm) computes it, calling the sequence's
// procedures in the order Racket's `for` calls them.
//
// A `for` loop over a sequence it only knows at run time iterates a ProceduralLoop, made for
// that loop: its start and next give #f, which ends the iteration as for any sequence, and
// leave the pending position in the driver. Only when a loop's test fails does the loop ask
// whether a position is pending, force it and go round again (for-loops.ts). So loops over lists,
// vectors and hash tables pay nothing per element for this; the pending position is set and
// taken within one step of the fiber, before any other Scheme code runs.

import { PRINT, listToArray, type PrintContext } from "@rlms/reader";
import { MultipleValues, contractViolation, definePrimitive, isProcedure } from "@rlms/evaluator";
import { Sequence, toSequence } from "./sequence.js";

/**
 * A make-do-sequence: `thunk` gives the procedures and the initial position each time an
 * iteration starts (Racket calls it then, not when the sequence is made).
 */
export class ProceduralSequence extends Sequence {
  override readonly valueCount = -1;
  override readonly procedural = true;

  constructor(
    readonly thunk: unknown,
    override readonly printName: string = "sequence",
  ) {
    super();
  }

  start(): PendingPosition {
    return new PendingPosition(this.thunk, undefined, undefined, undefined);
  }

  next(pos: unknown): PendingPosition {
    const ready = pos as ReadyPosition;
    return new PendingPosition(this.thunk, ready.procedures, ready.position, ready.values);
  }

  override forLoop(): Sequence {
    return new ProceduralLoop(this);
  }

  ref(pos: unknown): unknown {
    const { values } = pos as ReadyPosition;
    return values.length === 1 ? values[0] : new MultipleValues(values);
  }

  override countAt(pos: unknown): number {
    return (pos as ReadyPosition).values.length;
  }
}

/**
 * A for loop's driver for a procedural sequence: the `#f` its start and next return means "ask
 * me", and `pending` says what to compute.
 */
export class ProceduralLoop extends Sequence {
  override readonly valueCount = -1;
  override readonly procedural = true;
  pending: PendingPosition | undefined = undefined;

  constructor(readonly sequence: ProceduralSequence) {
    super();
  }

  start(): unknown {
    this.pending = this.sequence.start();
    return false;
  }

  next(pos: unknown): unknown {
    this.pending = this.sequence.next(pos);
    return false;
  }

  ref(pos: unknown): unknown {
    return this.sequence.ref(pos);
  }

  override countAt(pos: unknown): number {
    return this.sequence.countAt(pos);
  }

  /** The pending position, taken (so that a later test sees none). */
  take(): PendingPosition | undefined {
    const p = this.pending;
    this.pending = undefined;
    return p;
  }
}

/**
 * What to compute: the first element (no procedures yet: the thunk gives them), or the element
 * after the one whose values are `previous`.
 */
export class PendingPosition {
  constructor(
    readonly thunk: unknown,
    /** The checked procedures (a vector), once the thunk has given them. */
    readonly procedures: unknown,
    readonly position: unknown,
    readonly previous: readonly unknown[] | undefined,
  ) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text("#<sequence-position>");
  }
}

/** An element computed: its values, and the position to advance from. */
export class ReadyPosition {
  constructor(
    readonly procedures: unknown,
    readonly position: unknown,
    readonly values: readonly unknown[],
  ) {}

  [PRINT](ctx: PrintContext): void {
    ctx.text("#<sequence-position>");
  }
}

function optionalProcedure(who: string, v: unknown): unknown {
  if (v !== false && !isProcedure(v)) throw contractViolation(who, "(or/c procedure? #f)", v);
  return v;
}

/**
 * `(%sequence-procedures pos->element early-next-pos next-pos continue-with-pos?
 * continue-with-val? continue-after-pos+val?)`: make-do-sequence's procedures, checked, as a vector.
 */
const sequenceProcedures = definePrimitive(
  "%sequence-procedures",
  6,
  (posToElement: unknown, earlyNextPos: unknown, nextPos: unknown, continueWithPos: unknown, continueWithValues: unknown, continueAfter: unknown) => {
    const who = "make-do-sequence";
    if (!isProcedure(posToElement)) throw contractViolation(who, "procedure?", posToElement);
    optionalProcedure(who, earlyNextPos);
    if (!isProcedure(nextPos)) throw contractViolation(who, "procedure?", nextPos);
    return [posToElement, earlyNextPos, nextPos, optionalProcedure(who, continueWithPos), optionalProcedure(who, continueWithValues), optionalProcedure(who, continueAfter)];
  },
);

/** `(make-do-sequence thunk)`. */
const makeDoSequence = definePrimitive("make-do-sequence", 1, (thunk: unknown) => {
  if (!isProcedure(thunk)) throw contractViolation("make-do-sequence", "(-> (values procedure? ...))", thunk);
  return new ProceduralSequence(thunk);
});

/** What `%force-position` needs: `(thunk procedures-or-#f position previous-values-or-#f)`. */
const pendingParts = definePrimitive("%pending-parts", 1, (p: PendingPosition) => [
  p.thunk,
  p.procedures ?? false,
  p.position,
  p.previous === undefined ? false : [...p.previous],
]);

const readyPosition = definePrimitive("%ready-position", 3, (procedures: unknown, position: unknown, values: unknown) => new ReadyPosition(procedures, position, listToArray(values) ?? []));

export const PROCEDURAL_SEQUENCE_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["make-do-sequence", makeDoSequence],
  ["%sequence-procedures", sequenceProcedures],
  /** Is `v` a sequence only Scheme code can iterate (a make-do-sequence, a lazy stream)? */
  ["%procedural-sequence?", definePrimitive("%procedural-sequence?", 1, (v: unknown) => toSequence(v)?.procedural === true)],
  ["%position-pending?", definePrimitive("%position-pending?", 1, (p: unknown) => p instanceof PendingPosition)],
  ["%loop-pending?", definePrimitive("%loop-pending?", 1, (s: unknown) => s instanceof ProceduralLoop && s.pending !== undefined)],
  ["%loop-take-pending", definePrimitive("%loop-take-pending", 1, (s: ProceduralLoop) => s.take() ?? false)],
  ["%pending-parts", pendingParts],
  ["%ready-position", readyPosition],
];
