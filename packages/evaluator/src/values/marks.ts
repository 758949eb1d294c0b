// Continuation-mark sets: what `current-continuation-marks` returns and what an exception carries.
//
// Marks live in the continuation itself (MarkFrame, machine/marks.ts), and frames are immutable,
// so a mark set is just the frame it starts at: taking one costs nothing (every raised exception
// gets one), and the walk over the frames happens only when a program asks for the marks.

import { PRINT, type PrintContext } from "@rlms/reader";
import type { Frame } from "../machine/frame.js";

/** One mark: a key (compared with eq?) and its value. */
export interface Mark {
  readonly key: unknown;
  readonly value: unknown;
}

/** The result of a lookup that found no mark. */
export const NO_MARK: unique symbol = Symbol("no mark");

export class ContinuationMarkSet {
  constructor(
    /** The innermost frame of the continuation the set was taken from; null for an empty set. */
    readonly top: Frame | null,
    /** The prompt tag delimiting the set (the walk stops at the nearest prompt with this tag). */
    readonly tag: unknown,
  ) {}

  /** Values of `key`, innermost first, up to the set's prompt (and `tag`'s, when given). */
  values(key: unknown, tag: unknown = this.tag): unknown[] {
    const out: unknown[] = [];
    this.walk(tag, (marks) => {
      for (const m of marks) if (m.key === key) out.push(m.value);
      return false;
    });
    return out;
  }

  /** The innermost value of `key`, or NO_MARK. */
  first(key: unknown, tag: unknown = this.tag): unknown {
    let found: unknown = NO_MARK;
    this.walk(tag, (marks) => {
      for (const m of marks) {
        if (m.key === key) {
          found = m.value;
          return true;
        }
      }
      return false;
    });
    return found;
  }

  /**
   * For each frame with marks, innermost first, the values of `keys` (NO_MARK where a key has no
   * mark on that frame): `continuation-mark-set->list*`.
   */
  valueVectors(keys: readonly unknown[], tag: unknown = this.tag): unknown[][] {
    const out: unknown[][] = [];
    this.walk(tag, (marks) => {
      const row = keys.map((k) => marks.find((m) => m.key === k)?.value ?? NO_MARK);
      if (row.some((v) => v !== NO_MARK)) out.push(row);
      return false;
    });
    return out;
  }

  /** Calls `visit` with each frame's marks, innermost first, until it returns true. */
  private walk(tag: unknown, visit: (marks: readonly Mark[]) => boolean): void {
    for (let k = this.top; k !== null; k = k.next) {
      const tagHere = k.promptTag;
      if (tagHere !== undefined && (tagHere === this.tag || tagHere === tag)) return;
      const marks = k.marks;
      if (marks !== undefined && visit(marks)) return;
    }
  }

  [PRINT](ctx: PrintContext): void {
    ctx.text("#<continuation-mark-set>");
  }
}

/** A set with no marks (an exception made by a primitive before the machine raises it). */
export const EMPTY_MARK_SET = new ContinuationMarkSet(null, undefined);
