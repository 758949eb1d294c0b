// Racket's delimited control and continuation marks as procedures: prompts and their tags,
// aborts, composable continuations, and the mark operations (machine/prompts.ts and
// machine/marks.ts do the work).

import { PRINT, Sym, listToArray, list as makeList, type PrintContext } from "@rlms/reader";
import { contractViolation } from "../errors/exn.js";
import { ControlPrimitive, type Fiber } from "../machine/fiber.js";
import { immediateMark, setMark } from "../machine/marks.js";
import { DEFAULT_PROMPT_TAG, EscapeContinuation, PromptTag, abortTo, captureContinuation, findPrompt, installPrompt, requirePrompt } from "../machine/prompts.js";
import { ContinuationMarkSet, NO_MARK } from "../values/marks.js";
import { definePrimitive } from "../values/primitive.js";
import { Continuation } from "../values/procedures.js";
import { isProcedure } from "./control.js";

const control = (name: string, arity: readonly [number, number], run: (f: Fiber, args: unknown[]) => void) => new ControlPrimitive(name, arity, run);

function tagArg(who: string, tag: unknown): PromptTag {
  if (tag === undefined) return DEFAULT_PROMPT_TAG;
  if (!(tag instanceof PromptTag)) throw contractViolation(who, "continuation-prompt-tag?", tag);
  return tag;
}

function procedureArg(who: string, v: unknown, expected = "procedure?"): void {
  if (!isProcedure(v)) throw contractViolation(who, expected, v);
}

// ---- prompts ------------------------------------------------------------------------------------

/** `(call-with-continuation-prompt proc [tag handler] arg ...)`. */
const callWithPrompt = control("call-with-continuation-prompt", [1, Infinity], (f, [proc, tag, handler = false, ...args]) => {
  const who = "call-with-continuation-prompt";
  procedureArg(who, proc);
  const t = tagArg(who, tag);
  if (handler !== false) procedureArg(who, handler, "(or/c #f procedure?)");
  installPrompt(f, t, handler);
  f.apply(proc, args);
});

/** `(abort-current-continuation tag v ...)`. */
const abortCurrent = control("abort-current-continuation", [1, Infinity], (f, [tag, ...values]) => {
  const who = "abort-current-continuation";
  abortTo(f, requirePrompt(f, tagArg(who, tag), who), values);
});

const makePromptTag = definePrimitive("make-continuation-prompt-tag", [0, 1], (name?: unknown) => {
  if (name !== undefined && !(name instanceof Sym)) throw contractViolation("make-continuation-prompt-tag", "symbol?", name);
  return new PromptTag(name?.name);
});

/** `(call-with-composable-continuation proc [tag])`. */
const callComposable = control("call-with-composable-continuation", [1, 2], (f, [proc, tag]) => {
  const who = "call-with-composable-continuation";
  procedureArg(who, proc, "(procedure-arity-includes/c 1)");
  f.apply(proc, [captureContinuation(f, tagArg(who, tag), true, who)]);
});

const promptAvailable = control("continuation-prompt-available?", [1, 2], (f, [tag]) => {
  f.val = findPrompt(f.dyn, tagArg("continuation-prompt-available?", tag)) !== undefined;
});

// ---- continuation marks ---------------------------------------------------------------------------

/** A key made by make-continuation-mark-key: unique, printed without its name (as Racket does). */
class ContinuationMarkKey {
  constructor(readonly name: string | undefined) {}
  [PRINT](ctx: PrintContext): void {
    ctx.text("#<continuation-mark-key>");
  }
}

/** `(with-continuation-mark key value body)` expands to a call of this with a thunk of the body. */
const withMark = control("%with-continuation-mark", [3, 3], (f, [key, value, thunk]) => {
  setMark(f, key, value);
  f.apply(thunk, []);
});

const currentMarks = control("current-continuation-marks", [0, 1], (f, [tag]) => {
  f.val = new ContinuationMarkSet(f.k, tagArg("current-continuation-marks", tag));
});

function markSetArg(who: string, f: Fiber, set: unknown, allowFalse: boolean): ContinuationMarkSet {
  if (set instanceof ContinuationMarkSet) return set;
  if (allowFalse && set === false) return new ContinuationMarkSet(f.k, DEFAULT_PROMPT_TAG);
  throw contractViolation(who, allowFalse ? "(or/c continuation-mark-set? #f)" : "continuation-mark-set?", set);
}

const markSetToList = control("continuation-mark-set->list", [2, 3], (f, [set, key, tag]) => {
  const who = "continuation-mark-set->list";
  f.val = makeList(markSetArg(who, f, set, true).values(key, tag === undefined ? undefined : tagArg(who, tag)));
});

/** `(continuation-mark-set->list* set keys [none tag])`: a vector per frame that has one of the keys. */
const markSetToListStar = control("continuation-mark-set->list*", [2, 4], (f, [set, keys, none = false, tag]) => {
  const who = "continuation-mark-set->list*";
  const ks = listToArray(keys);
  if (ks === undefined) throw contractViolation(who, "list?", keys);
  const rows = markSetArg(who, f, set, true).valueVectors(ks, tag === undefined ? undefined : tagArg(who, tag));
  f.val = makeList(rows.map((row) => row.map((v) => (v === NO_MARK ? none : v))));
});

/** `(continuation-mark-set-first set key [default tag])`: set #f means the current continuation. */
const markSetFirst = control("continuation-mark-set-first", [2, 4], (f, [set, key, dflt = false, tag]) => {
  const who = "continuation-mark-set-first";
  const v = markSetArg(who, f, set, true).first(key, tag === undefined ? undefined : tagArg(who, tag));
  f.val = v === NO_MARK ? dflt : v;
});

/** `(call-with-immediate-continuation-mark key proc [default])`: proc gets the current frame's mark. */
const callWithImmediateMark = control("call-with-immediate-continuation-mark", [2, 3], (f, [key, proc, dflt = false]) => {
  procedureArg("call-with-immediate-continuation-mark", proc, "(procedure-arity-includes/c 1)");
  const m = immediateMark(f, key);
  f.apply(proc, [m === undefined ? dflt : m.value]);
});

const continuationMarks = control("continuation-marks", [1, 2], (f, [c, tag]) => {
  const t = tagArg("continuation-marks", tag);
  if (c === false) f.val = new ContinuationMarkSet(null, t);
  else if (c instanceof Continuation) f.val = new ContinuationMarkSet(c.k, t);
  else throw contractViolation("continuation-marks", "(or/c continuation? thread? #f)", c);
});

export const DELIMITED_CONTROL_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["call-with-continuation-prompt", callWithPrompt],
  ["abort-current-continuation", abortCurrent],
  ["make-continuation-prompt-tag", makePromptTag],
  ["default-continuation-prompt-tag", definePrimitive("default-continuation-prompt-tag", 0, () => DEFAULT_PROMPT_TAG)],
  ["continuation-prompt-tag?", definePrimitive("continuation-prompt-tag?", 1, (v: unknown) => v instanceof PromptTag)],
  ["call-with-composable-continuation", callComposable],
  ["continuation-prompt-available?", promptAvailable],
  ["continuation?", definePrimitive("continuation?", 1, (v: unknown) => v instanceof Continuation || v instanceof EscapeContinuation)],
  ["%with-continuation-mark", withMark],
  ["current-continuation-marks", currentMarks],
  ["continuation-mark-set?", definePrimitive("continuation-mark-set?", 1, (v: unknown) => v instanceof ContinuationMarkSet)],
  ["continuation-mark-set->list", markSetToList],
  ["continuation-mark-set->list*", markSetToListStar],
  ["continuation-mark-set-first", markSetFirst],
  ["call-with-immediate-continuation-mark", callWithImmediateMark],
  ["continuation-marks", continuationMarks],
  ["make-continuation-mark-key", definePrimitive("make-continuation-mark-key", [0, 1], (name?: unknown) => new ContinuationMarkKey(name instanceof Sym ? name.name : undefined))],
  ["continuation-mark-key?", definePrimitive("continuation-mark-key?", 1, (v: unknown) => v instanceof ContinuationMarkKey)],
];
