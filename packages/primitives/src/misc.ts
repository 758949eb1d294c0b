// Boxes, hash codes, boolean=?/symbol=?, clocks, the command line, and the host facilities a
// sandbox refuses.

import { Box, Flonum, Sym, VOID, equalHash, eqvHash, identityHash, isSchemeString, stringValue } from "@rlms/reader";
import { Parameter, contractViolation, defineKeywordPrimitive, definePrimitive, unsupported } from "@rlms/evaluator";
import { argumentError } from "./numbers/checks.js";

// ---- boxes (box? is in equality.ts) -----------------------------------------------------------

const MUTABLE_BOX = "(and/c box? (not/c immutable?))";

const BOX_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["box", definePrimitive("box", 1, (v: unknown) => new Box(v))],
  ["box-immutable", definePrimitive("box-immutable", 1, (v: unknown) => new Box(v, false))],
  [
    "unbox",
    definePrimitive("unbox", 1, (b: unknown) => {
      if (!(b instanceof Box)) throw contractViolation("unbox", "box?", b);
      return b.value;
    }),
  ],
  [
    "set-box!",
    definePrimitive("set-box!", 2, (b: unknown, v: unknown) => {
      if (!(b instanceof Box) || !b.mutable) throw contractViolation("set-box!", MUTABLE_BOX, b);
      b.value = v;
      return VOID;
    }),
  ],
];

// ---- hash codes: consistent with eq?, eqv?, equal? (Racket's own values differ run to run) ----

const HASH_CODE_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  // eq? is identity on objects, and value equality on what JS compares by value.
  ["eq-hash-code", definePrimitive("eq-hash-code", 1, (v: unknown) => (typeof v === "object" && v !== null ? identityHash(v) : eqvHash(v)))],
  ["eqv-hash-code", definePrimitive("eqv-hash-code", 1, (v: unknown) => eqvHash(v))],
  ["equal-hash-code", definePrimitive("equal-hash-code", 1, (v: unknown) => equalHash(v))],
];

// ---- comparisons --------------------------------------------------------------------------------

/** `(boolean=? a b)`, `(symbol=? a b)`: exactly two arguments of the type, compared with eq?. */
function sameOfType(name: string, expected: string, test: (x: unknown) => boolean) {
  return definePrimitive(name, 2, (a: unknown, b: unknown) => {
    if (!test(a)) throw argumentError(name, expected, [a, b], 0);
    if (!test(b)) throw argumentError(name, expected, [a, b], 1);
    return a === b;
  });
}

const COMPARISON_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["boolean=?", sameOfType("boolean=?", "boolean?", (x) => typeof x === "boolean")],
  ["symbol=?", sameOfType("symbol=?", "symbol?", (x) => x instanceof Sym)],
];

// ---- clocks ---------------------------------------------------------------------------------------

const CLOCK_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["current-seconds", definePrimitive("current-seconds", 0, () => Math.floor(Date.now() / 1000))],
  ["current-milliseconds", definePrimitive("current-milliseconds", 0, () => Date.now())],
  ["current-inexact-milliseconds", definePrimitive("current-inexact-milliseconds", 0, () => new Flonum(performance.timeOrigin + performance.now()))],
  ["current-inexact-monotonic-milliseconds", definePrimitive("current-inexact-monotonic-milliseconds", 0, () => new Flonum(performance.now()))],
  [
    "current-process-milliseconds",
    definePrimitive("current-process-milliseconds", [0, 1], () => {
      const { user, system } = process.cpuUsage();
      return Math.round((user + system) / 1000);
    }),
  ],
  // Garbage collection is the host's; no time is attributed to it.
  ["current-gc-milliseconds", definePrimitive("current-gc-milliseconds", 0, () => 0)],
];

// ---- the command line ------------------------------------------------------------------------------

/**
 * `(current-command-line-arguments)`: a program runs as Racket runs a file given no arguments, so
 * the value is an empty vector (a mutable one, as Racket's is). It is a parameter like Racket's:
 * setting it takes a vector of strings and keeps a fresh vector of immutable copies. Made per
 * evaluator: setting a parameter outside `parameterize` changes its global value, which must not
 * reach other sandboxes of the process.
 */
export function commandLinePrimitives(): ReadonlyArray<readonly [string, unknown]> {
  const guard = definePrimitive("current-command-line-arguments", 1, (v: unknown) => {
    if (!Array.isArray(v) || !v.every(isSchemeString)) throw contractViolation("current-command-line-arguments", "(vectorof string?)", v);
    return v.map((s) => stringValue(s as string));
  });
  return [["current-command-line-arguments", new Parameter([], guard, "current-command-line-arguments")]];
}

// ---- what the sandbox refuses ---------------------------------------------------------------------

/**
 * Host facilities by what they reach. Each name is bound to a procedure that raises
 * exn:fail:unsupported saying so: a program that reaches for a file gets a clear error, never a
 * crash or a silent no-op. They accept the keywords these procedures take in Racket, so that
 * `(call-with-output-file f proc #:exists 'replace)` is refused for the right reason.
 */
const REFUSED: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    "file access",
    [
      "open-input-file", "open-output-file", "open-input-output-file", "call-with-input-file",
      "call-with-output-file", "call-with-input-file*", "call-with-output-file*", "with-input-from-file",
      "with-output-to-file", "file->string", "file->bytes", "file->lines", "file->bytes-lines", "file->list",
      "file->value", "display-to-file", "write-to-file", "display-lines-to-file", "file-exists?",
      "directory-exists?", "link-exists?", "file-size", "delete-file", "delete-directory",
      "delete-directory/files", "rename-file-or-directory", "copy-file", "copy-directory/files",
      "make-directory", "make-directory*", "make-parent-directory*", "directory-list", "find-files",
      "in-directory", "file-or-directory-modify-seconds", "file-or-directory-permissions",
      "file-or-directory-identity", "file-or-directory-type", "make-temporary-file",
      "make-temporary-directory", "load", "load-relative", "load/use-compiled", "current-directory",
      "current-directory-for-user", "find-system-path",
    ],
  ],
  [
    "running processes",
    [
      "system", "system*", "system/exit-code", "system*/exit-code", "process", "process*", "process/ports",
      "process*/ports", "subprocess", "subprocess-wait", "shell-execute",
    ],
  ],
  [
    "network access",
    [
      "tcp-connect", "tcp-connect/enable-break", "tcp-listen", "tcp-accept", "tcp-accept/enable-break",
      "tcp-close", "udp-open-socket", "udp-bind!", "udp-connect!", "udp-send", "udp-send-to", "udp-receive!",
    ],
  ],
  ["exiting the process", ["exit"]],
  [
    "the host's environment variables",
    [
      "getenv", "putenv", "environment-variables-ref", "environment-variables-set!",
      "environment-variables-names", "current-environment-variables",
    ],
  ],
  ["threads", ["thread", "thread-wait", "kill-thread", "thread-send", "thread-receive", "future", "touch"]],
];

/** Keywords the refused procedures accept in Racket (racket/base, racket/file, racket/system). */
const REFUSED_KEYWORDS = [
  "mode", "exists", "permissions", "replace-permissions?", "line-mode", "build?", "set-pwd?", "exists-ok?",
  "must-exist?", "skip-filtered-directory?", "follow-links?", "base-dir", "copy-from", "separator",
  "before-first", "after-last", "keep-modify-seconds?", "preserve-links?", "for-module?",
];

export const REFUSED_NAMES: readonly string[] = REFUSED.flatMap(([, names]) => names);

const REFUSAL_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = REFUSED.flatMap(([what, names]) =>
  names.map(
    (name) =>
      [
        name,
        defineKeywordPrimitive(name, [0, Infinity], REFUSED_KEYWORDS, () => {
          throw unsupported(name, what);
        }),
      ] as const,
  ),
);

export const MISC_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ...BOX_PRIMITIVES,
  ...HASH_CODE_PRIMITIVES,
  ...COMPARISON_PRIMITIVES,
  ...CLOCK_PRIMITIVES,
  ...REFUSAL_PRIMITIVES,
];
