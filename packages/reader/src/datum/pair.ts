// Pairs and the empty list. Racket's pairs are immutable; the fields are writable here only so
// that the reader and the library can build lists front to back without a reversal.

export class Pair {
  constructor(
    public car: unknown,
    public cdr: unknown,
  ) {}
}

class EmptyList {
  private static made = false;
  constructor() {
    if (EmptyList.made) throw new Error("the empty list is a singleton");
    EmptyList.made = true;
  }
}

/** `'()`, the unique empty list. */
export const NIL: EmptyList = Object.freeze(new EmptyList());
export type Nil = typeof NIL;

export const cons = (car: unknown, cdr: unknown): Pair => new Pair(car, cdr);

/** A proper list of the given elements, with an optional improper tail. */
export function list(items: readonly unknown[], tail: unknown = NIL): unknown {
  let out = tail;
  for (let i = items.length - 1; i >= 0; i--) out = new Pair(items[i], out);
  return out;
}

/** The elements of a proper list, or undefined if `x` is not one (improper or cyclic). */
export function listToArray(x: unknown): unknown[] | undefined {
  const out: unknown[] = [];
  let slow = x;
  while (x instanceof Pair) {
    out.push(x.car);
    x = x.cdr;
    // Floyd's check keeps a cyclic list from looping forever.
    if ((out.length & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x && x instanceof Pair) return undefined;
    }
  }
  return x === NIL ? out : undefined;
}

/** A proper (finite, NIL-terminated) list? No allocation: `list?` runs on every map and filter. */
export function isList(x: unknown): boolean {
  let slow = x;
  let steps = 0;
  while (x instanceof Pair) {
    x = x.cdr;
    if ((++steps & 1) === 0) {
      slow = (slow as Pair).cdr;
      if (slow === x && x instanceof Pair) return false;
    }
  }
  return x === NIL;
}
