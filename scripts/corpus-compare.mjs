// How a run of a corpus program is compared with Racket's: shared by test/corpus.test.ts and
// scripts/diff-racket.mjs so that the test and the tool agree on what "the same" means.
//
// stdout must be identical. Of stderr only the first line is compared, after removing a leading
// source-location prefix: Racket prints `PATH:LINE:COL: message` for some errors (syntax errors,
// unbound identifiers, anonymous procedures) and plain `message` for others, and rlms puts its own
// location in front of every error. The message text is what must match. The exit code must match.

/** A leading `PATH:LINE:COL: ` (PATH without spaces: Racket may shorten it to `...tail/of/path`). */
const SRCLOC_PREFIX = /^\S+:\d+:\d+: /;

/** The first line of a text (without its newline); "" for empty text. */
export function firstLine(text) {
  const nl = text.indexOf("\n");
  return nl < 0 ? text : text.slice(0, nl);
}

/** The message of an error line without the location in front of it. */
export function stripSrcloc(line) {
  return line.replace(SRCLOC_PREFIX, "");
}

/** The comparable form of a stderr text: its first line, location removed. */
export function normaliseStderr(text) {
  return stripSrcloc(firstLine(text));
}
