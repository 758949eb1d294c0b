// Regular-expression values: `#rx"..."` and `#px"..."` literals, and what `regexp`/`pregexp`
// return. This package only knows a regexp's source text and flavour (printing, equality,
// reading); compiling and matching belong to the library (@rlms/primitives, src/regexp/), which
// registers a check so that a bad literal is a read error, as in Racket.

export class RegexpValue {
  constructor(
    /** The pattern as written (the text between the quotes, escapes decoded). */
    readonly source: string,
    /** `#px` (Perl-style, `pregexp`) rather than `#rx` (`regexp`) syntax. */
    readonly pregexp: boolean,
  ) {}
}

/** Returns an error message (Racket's wording, without the `who:` prefix) for a bad pattern. */
export type RegexpLiteralCheck = (value: RegexpValue) => string | undefined;

let literalCheck: RegexpLiteralCheck | undefined;

/**
 * Installs the check the reader applies to regexp literals. Without one (the reader used on its
 * own), literals are read unchecked and a bad pattern is reported when it is first used.
 */
export function setRegexpLiteralCheck(check: RegexpLiteralCheck): void {
  literalCheck = check;
}

/** The error message for a bad literal, or undefined. */
export function checkRegexpLiteral(value: RegexpValue): string | undefined {
  return literalCheck?.(value);
}
