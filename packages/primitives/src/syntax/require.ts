// `require` and `provide`. A program is one file in a sandbox whose library is always loaded, so
// requiring a library the runtime covers does nothing, and requiring anything else (a file, a
// library with no counterpart here: racket/system, ffi/unsafe, net/url...) is a syntax error that
// says so before the program runs, as Racket's missing-module error would. `provide` (programs
// written as modules have it) is accepted and does nothing.

import { Syntax, write } from "@rlms/reader";
import { L, core, idName, isIdentifier, strip, syntaxError, syntaxList, type ExpandContext, type Transformer } from "./build.js";

/** The module paths whose bindings this runtime provides (all of them, always). */
export const AVAILABLE_LIBRARIES: readonly string[] = [
  "racket",
  "racket/base",
  "racket/list",
  "racket/string",
  "racket/match",
  "racket/format",
  "racket/function",
  "racket/math",
  "racket/vector",
  "racket/hash",
  "racket/dict",
  "racket/bool",
  "racket/port",
  "racket/promise",
  "racket/sequence",
  "racket/generator",
  "racket/stream",
  "racket/control",
  "racket/set",
  "racket/pretty",
  "rackunit",
  "rackunit/text-ui",
  "json",
  "scheme",
  "scheme/base",
];

const AVAILABLE = new Set(AVAILABLE_LIBRARIES);

/** Forms around a module path that only select or rename what it provides. */
const SELECTING = new Set(["only-in", "except-in"]);
/** Phase shifts: there are no phases here, so they change nothing. */
const PHASED = new Set(["for-syntax", "for-template", "for-label"]);

function unavailable(what: string, stx: Syntax, at: unknown) {
  return syntaxError("require", `${what} is not available in the rlms sandbox (only ${AVAILABLE_LIBRARIES.join(", ")} are)`, stx, at);
}

/** Checks one require spec; the renamings it asks for, as [new name, library name] pairs. */
function checkSpec(spec: unknown, stx: Syntax, renames: Array<[unknown, string]>, ctx: ExpandContext): void {
  if (isIdentifier(spec)) {
    if (!AVAILABLE.has(idName(spec))) throw unavailable(`library \`${idName(spec)}\``, stx, spec);
    ctx.namespace.required(idName(spec));
    return;
  }
  const e = spec instanceof Syntax ? spec.e : spec;
  if (typeof e === "string") throw unavailable(`file "${e}"`, stx, spec);
  const parts = syntaxList(spec);
  const head = parts?.[0];
  if (parts === undefined || !isIdentifier(head)) throw syntaxError("require", "bad require spec", stx, spec);
  const form = idName(head);
  if (SELECTING.has(form) && parts.length >= 2) return checkSpec(parts[1], stx, renames, ctx);
  if (PHASED.has(form)) return parts.slice(1).forEach((s) => checkSpec(s, stx, renames, ctx));
  if (form === "for-meta" && parts.length >= 2) return parts.slice(2).forEach((s) => checkSpec(s, stx, renames, ctx));
  if (form === "combine-in") return parts.slice(1).forEach((s) => checkSpec(s, stx, renames, ctx));
  if (form === "rename-in" && parts.length >= 2) {
    checkSpec(parts[1], stx, renames, ctx);
    for (const pair of parts.slice(2)) {
      const p = syntaxList(pair);
      if (p === undefined || p.length !== 2 || !isIdentifier(p[0]) || !isIdentifier(p[1])) throw syntaxError("require", "bad rename-in clause", stx, pair);
      renames.push([p[1], idName(p[0])]);
    }
    return;
  }
  if (form === "prefix-in") throw syntaxError("require", "prefix-in is not supported in the rlms sandbox; use the library's names directly", stx, spec);
  throw unavailable(`module \`${write(strip(spec))}\``, stx, spec);
}

/** `(require spec ...)`: nothing to do, or `(define new old)` for each `rename-in`. */
const require: Transformer = (stx, ctx) => {
  const items = syntaxList(stx);
  if (items === undefined) throw syntaxError("require", "bad syntax", stx);
  const renames: Array<[unknown, string]> = [];
  for (const spec of items.slice(1)) checkSpec(spec, stx, renames, ctx);
  const loc = stx.loc;
  if (renames.length === 0) return L(loc, core("void", loc));
  return L(loc, core("begin", loc), ...renames.map(([id, name]) => L(loc, core("define", loc), id, core(name, loc))));
};

const provide: Transformer = (stx) => L(stx.loc, core("void", stx.loc));

export const REQUIRE_MACROS: ReadonlyArray<readonly [string, Transformer]> = [
  ["require", require],
  ["provide", provide],
];
