// rackunit's check forms. A check reports where it is (`location: file.rkt:3:0` in a FAILURE
// block), so each is a macro that captures the source location of its use, as Racket's
// define-check does, and expands to
//
//   (%rackunit-run-check 'check-equal? '(source line column position span) '(check-equal? a b)
//                        (lambda () (%rackunit-check-equal? a b)))
//
// The procedures and the machinery (check infos, check-around, printing) are Scheme, ported from
// rackunit (scheme/rackunit.scm). Racket's columns count from 0 and its positions from 1; ours are
// 1-based columns and 0-based offsets.

import { Syntax, sym, type SourceLocation } from "@rlms/reader";
import { L, badSyntax, core, quoted, strip, syntaxList, temp, type Transformer } from "./build.js";

/** The checks, by name; each calls the Scheme procedure `%rackunit-NAME`. */
const CHECKS = [
  "check-equal?",
  "check-not-equal?",
  "check-eq?",
  "check-not-eq?",
  "check-eqv?",
  "check-not-eqv?",
  "check-true",
  "check-false",
  "check-not-false",
  "check-pred",
  "check-=",
  "check-within",
  "check-exn",
  "check-not-exn",
  "check-regexp-match",
  "check",
  "fail",
];

/** Racket's location of a form: (source line column position span), or unknown parts as #f. */
function location(loc: SourceLocation | undefined): unknown[] {
  if (loc === undefined) return [false, false, false, false, false];
  return [loc.source, loc.line, loc.column - 1, loc.offset + 1, loc.span];
}

const locationDatum = (loc: SourceLocation | undefined) => L(loc, ...location(loc).map((x) => new Syntax(x, loc)));

function checkForm(name: string): Transformer {
  return (stx) => {
    const items = syntaxList(stx);
    if (items === undefined) throw badSyntax(name, stx);
    const loc = stx.loc;
    return L(
      loc,
      core("%rackunit-run-check", loc),
      quoted(sym(name), loc),
      quoted(locationDatum(loc), loc),
      quoted(strip(stx), loc),
      L(loc, core("lambda", loc), L(loc), L(loc, core(`%rackunit-${name}`, loc), ...items.slice(1))),
    );
  };
}

/**
 * `(check-match actual pattern [guard])`: the value is computed outside the check (as in
 * Racket), then checked with check-true under infos naming check-match, with the pattern as the
 * expected value.
 */
const checkMatch: Transformer = (stx) => {
  const items = syntaxList(stx);
  if (items === undefined || items.length < 3 || items.length > 4) throw badSyntax("check-match", stx);
  const loc = stx.loc;
  const [, actual, pattern] = items;
  const guard = items[3] ?? new Syntax(true, loc);
  const value = temp("actual", loc);
  const info = (maker: string, arg: unknown) => L(loc, core(maker, loc), arg);
  return L(
    loc,
    core("let", loc),
    L(loc, L(loc, value, actual)),
    L(
      loc,
      core("with-default-check-info*", loc),
      L(
        loc,
        core("list", loc),
        info("make-check-name", quoted(sym("check-match"), loc)),
        info("make-check-location", quoted(locationDatum(loc), loc)),
        info("make-check-expression", quoted(strip(stx), loc)),
        info("make-check-actual", value),
        info("make-check-expected", quoted(strip(pattern), loc)),
      ),
      L(
        loc,
        core("lambda", loc),
        L(loc),
        L(loc, core("check-true", loc), L(loc, core("match", loc), value, L(loc, pattern, guard), L(loc, core("_", loc), new Syntax(false, loc)))),
      ),
    ),
  );
};

/**
 * The checks' run-time support (rackunit.scm) loads with `(require rackunit)`; a program that uses
 * a check without the require (library names are always bound in rlms) loads it at its first check.
 */
const loadingRackunit =
  (transformer: Transformer): Transformer =>
  (stx, ctx) => {
    ctx.namespace.required("rackunit");
    return transformer(stx, ctx);
  };

export const RACKUNIT_MACROS: ReadonlyArray<readonly [string, Transformer]> = [
  ...CHECKS.map((name) => [name, loadingRackunit(checkForm(name))] as const),
  ["check-match", loadingRackunit(checkMatch)],
];
