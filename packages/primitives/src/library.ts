// The standard library: the bindings every sandbox starts with (before the scaffold).

import { Evaluator, Primitive, type EvaluatorOptions, type InlineOp } from "@rlms/evaluator";
import { EQUALITY_PRIMITIVES } from "./equality.js";
import { PAIR_PRIMITIVES } from "./lists/pairs.js";
import { OUTPUT_PRIMITIVES } from "./ports/output.js";
import { numberConstants, numberPrimitives } from "./numbers/index.js";
import { LIST_PRIMITIVES } from "./lists/list-library.js";
import { VECTOR_PRIMITIVES } from "./vectors.js";
import { STRING_PRIMITIVES } from "./strings/strings.js";
import { CHAR_PRIMITIVES } from "./strings/chars.js";
import { SYMBOL_PRIMITIVES } from "./strings/symbols.js";
import { FORMAT_PRIMITIVES } from "./format/format.js";
import { INPUT_PRIMITIVES } from "./ports/input.js";
import { HASH_PRIMITIVES } from "./hash/hash.js";
import { FUNCTION_PRIMITIVES } from "./function.js";
import { JSON_PRIMITIVES } from "./json.js";
import { MISC_PRIMITIVES, commandLinePrimitives } from "./misc.js";
import { REGEXP_PRIMITIVES } from "./regexp/primitives.js";
import { SET_PRIMITIVES } from "./sets/procedures.js";
import { EXCEPTION_PRIMITIVES } from "./exceptions.js";
import { GENERATOR_PRIMITIVES } from "./generators.js";
import { STREAM_PRIMITIVES } from "./streams.js";
import { PRETTY_PRIMITIVES } from "./pretty/primitives.js";
import { schemeOutline, schemeSource } from "./scheme-source.js";
import { jsonNull } from "./json.js";
import { currentInputPort } from "./ports/input.js";
import { currentErrorPort, currentOutputPort } from "./ports/port.js";
import { LIBRARY_MACROS, SYNTAX_SUPPORT_PRIMITIVES } from "./syntax/index.js";

/**
 * The primitives the compiler may open-code: their fast path (fixnums, pairs) runs inside the
 * compiled node, everything else calls the primitive. Keyed by Racket name.
 */
const INLINE: Readonly<Record<string, InlineOp>> = {
  "+": "+",
  "-": "-",
  "*": "*",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "=": "=",
  "eq?": "eq?",
  car: "car",
  cdr: "cdr",
  "null?": "null?",
  "pair?": "pair?",
  not: "not",
  add1: "add1",
  sub1: "sub1",
  "zero?": "zero?",
};

/** Library procedures written in TypeScript, by Racket name. */
export function standardPrimitives(): Array<readonly [string, unknown]> {
  const table = primitiveTable();
  for (const [name, value] of table) {
    const op = INLINE[name];
    if (op !== undefined && value instanceof Primitive) value.inlinedAs(op);
  }
  return table;
}

function primitiveTable(): Array<readonly [string, unknown]> {
  return [
    ...EQUALITY_PRIMITIVES,
    ...PAIR_PRIMITIVES,
    ...OUTPUT_PRIMITIVES,
    ...numberPrimitives.map((p) => [p.name, p] as const),
    ...numberConstants,
    ...LIST_PRIMITIVES,
    ...VECTOR_PRIMITIVES,
    ...STRING_PRIMITIVES,
    ...CHAR_PRIMITIVES,
    ...SYMBOL_PRIMITIVES,
    ...FORMAT_PRIMITIVES,
    ...INPUT_PRIMITIVES,
    ...HASH_PRIMITIVES,
    ...FUNCTION_PRIMITIVES,
    ...JSON_PRIMITIVES,
    ...MISC_PRIMITIVES,
    ...commandLinePrimitives(),
    ...REGEXP_PRIMITIVES,
    ...SET_PRIMITIVES,
    ...EXCEPTION_PRIMITIVES,
    ...GENERATOR_PRIMITIVES,
    ...STREAM_PRIMITIVES,
    ...PRETTY_PRIMITIVES,
    ...SYNTAX_SUPPORT_PRIMITIVES,
  ];
}

/**
 * Files of library code written in Scheme (procedures that call back into Scheme), loaded in this
 * order after the primitives. Each file may use everything before it.
 */
const SCHEME_LIBRARY = ["prelude.scm", "lists.scm", "strings.scm", "regexp.scm", "sets.scm", "hash.scm", "function.scm", "syntax.scm", "arity.scm", "sequences.scm", "generator.scm", "stream.scm", "time.scm", "control.scm", "pretty.scm"];

/**
 * Libraries whose names exist only once a program requires them (as in Racket: rackunit is not
 * part of racket/base), loaded by the first `(require ...)` of them: rackunit.scm defines its
 * checks with top-level macro uses and structs, ~50 ms of expansion that no other program should
 * pay at start-up.
 */
const ON_REQUIRE: Readonly<Record<string, readonly string[]>> = {
  rackunit: ["rackunit.scm"],
  "rackunit/text-ui": ["rackunit.scm"],
};

const schemeSources = new Map<string, string>();
function schemeText(name: string): string {
  let text = schemeSources.get(name);
  if (text === undefined) schemeSources.set(name, (text = schemeSource(name)));
  return text;
}

const PROCESS_PARAMETERS = [jsonNull, currentInputPort, currentOutputPort, currentErrorPort];

/** An evaluator with the whole standard library: plain Scheme, no orchestration scaffold. */
export function createEvaluator(options: EvaluatorOptions = {}): Evaluator {
  const ev = new Evaluator({
    library: [...standardPrimitives(), ...(options.library ?? [])],
    macros: [...LIBRARY_MACROS, ...(options.macros ?? [])],
  });
  for (const name of SCHEME_LIBRARY) ev.loadLibrary(schemeText(name), name, schemeOutline(name));
  // Parameters made once per process: each evaluator (each session) gets its own value.
  for (const p of PROCESS_PARAMETERS) ev.isolateParameter(p);
  const loaded = new Set<string>();
  ev.namespace.onRequire = (library) => {
    for (const name of ON_REQUIRE[library] ?? []) {
      if (loaded.has(name)) continue;
      loaded.add(name);
      ev.loadLibrary(schemeText(name), name, schemeOutline(name));
    }
  };
  return ev;
}
