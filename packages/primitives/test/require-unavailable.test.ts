// Requiring what the sandbox does not have is an error that says so, before the program runs
// (Racket would load the library or the file; rlms has neither files nor those libraries).

import { describe, expect, it } from "vitest";
import { Exn } from "@rlms/evaluator";
import { runScheme } from "../../../test/support/scheme.js";
import { AVAILABLE_LIBRARIES } from "../src/syntax/require.js";
import { runShared } from "./syntax-fixture.js";

const only = `(only ${AVAILABLE_LIBRARIES.join(", ")} are)`;

describe("require of what the sandbox lacks", () => {
  it.each([
    ["(require racket/system)", "library `racket/system`"],
    ["(require ffi/unsafe)", "library `ffi/unsafe`"],
    ["(require net/url)", "library `net/url`"],
    ["(require rackunit/gui)", "library `rackunit/gui`"],
    ["(require racket/list racket/gui)", "library `racket/gui`"],
    ['(require "utils.rkt")', 'file "utils.rkt"'],
    ["(require (only-in racket/system system))", "library `racket/system`"],
    ["(require (for-syntax syntax/parse))", "library `syntax/parse`"],
    ['(require (file "/etc/passwd"))', 'module `(file "/etc/passwd")`'],
    ["(require (planet foo/bar))", "module `(planet foo/bar)`"],
    ["(require (submod \".\" test))", 'module `(submod "." test)`'],
  ])("%s", (code, what) => {
    expect(runShared(code).result).toBe(`ERROR: require: ${what} is not available in the rlms sandbox ${only}\n  in: ${code}`);
  });

  it("is a syntax error, raised before anything runs", () => {
    const r = runScheme('(display "started") (require racket/system)');
    expect(r.output).toBe("");
    expect(r.raw.status === "error" && r.raw.error instanceof Exn && r.raw.error.kind).toBe("exn:fail:syntax");
  });

  it("prefix-in is refused with an explanation", () => {
    expect(runShared("(require (prefix-in l: racket/list))").result).toBe(
      "ERROR: require: prefix-in is not supported in the rlms sandbox; use the library's names directly\n  in: (require (prefix-in l: racket/list))",
    );
  });

  it("every available library is accepted", () => {
    for (const lib of AVAILABLE_LIBRARIES) expect(runShared(`(require ${lib}) 'ok`).result).toBe("ok");
  });
});
