// The core of the scaffold: ending a run (`finish`, `finish-var`), the loaded contexts, and `try`.

import { Keyword, Sym, Syntax, display, isSchemeString, stringValue } from "@rlms/reader";
import { ControlPrimitive, Exn, contractViolation, definePrimitive, macros, type TopLevel } from "@rlms/evaluator";
import type { ScaffoldHost } from "./host.js";

const { coreId, badSyntax, syntaxList, isIdentifier, idName, mkList } = macros;

/** `(finish v)`: the run ends now with `v`, from any depth or fiber (never caught as an error). */
export const finish = new ControlPrimitive("finish", [1, 1], (f, [v]) => {
  f.scheduler.finishRun(v);
  f.stop();
});

/**
 * `(finish-var "name")`: the run ends with the value of the sandbox's top-level variable `name`
 * (the root sandbox's, until sub-sandboxes exist). An unknown name is an error naming it.
 */
export function finishVar(namespace: TopLevel): ControlPrimitive {
  return new ControlPrimitive("finish-var", [1, 1], (f, [name]) => {
    const text = name instanceof Sym ? name.name : isSchemeString(name) ? stringValue(name) : undefined;
    if (text === undefined) throw contractViolation("finish-var", "(or/c string? symbol?)", name);
    const value = namespace.lookupTopLevel(text);
    if (value === undefined) {
      throw new Exn("exn:fail:contract:variable", `finish-var: no variable named \`${text}\` is defined in this sandbox\n  hint: define it at top level first, e.g. (define ${text} ...)`);
    }
    f.scheduler.finishRun(value);
    f.stop();
  });
}

/** `(get-context "name")`: a context loaded under that name, or #f. */
export function getContext(host: ScaffoldHost): unknown {
  return definePrimitive("get-context", 1, (name: unknown) => {
    const text = name instanceof Sym ? name.name : isSchemeString(name) ? stringValue(name) : undefined;
    if (text === undefined) throw contractViolation("get-context", "(or/c string? symbol?)", name);
    return host.namedContext(text) ?? false;
  });
}

/** The message a `try` handler receives: an exception's message, or any raised value displayed. */
export const raisedMessage = definePrimitive("%raised-message", 1, (e: unknown) => (e instanceof Exn ? e.message : display(e instanceof Syntax ? e.e : e)));

/**
 * `(try expr on-error handler)` (also `#:on-error`): the value of `expr`, or, if evaluating it
 * raises anything (LLM and Python errors included), `(handler message)`. `finish` is not an error
 * and passes through. Expands to call-with-handlers, so the handler runs in `try`'s continuation.
 */
export const tryMacro: macros.Transformer = (stx) => {
  const items = syntaxList(stx);
  const marker = items?.[2];
  const isMarker =
    (isIdentifier(marker) && idName(marker) === "on-error") || (marker instanceof Syntax && marker.e instanceof Keyword && marker.e.name === "on-error");
  if (items === undefined || items.length !== 4 || !isMarker) throw badSyntax("try", stx);
  const loc = stx.loc;
  const L = (...xs: unknown[]) => mkList(xs, loc);
  const id = (name: string) => coreId(name, loc);
  const handler = id("handler");
  const e = id("e");
  return L(
    id("let"),
    L(L(handler, items[3])),
    L(
      id("call-with-handlers"),
      L(id("list"), L(id("lambda"), L(e), true)),
      L(id("list"), L(id("lambda"), L(e), L(handler, L(id("%raised-message"), e)))),
      L(id("lambda"), L(), items[1]),
    ),
  );
};
