// Where rlms's regexps deliberately differ from Racket 8.7 (packages/primitives/README.md):
// each is a clear error or a documented result, never a silent difference.

import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

describe("regexps where rlms differs from Racket", () => {
  it("refuses input ports, which would produce byte strings", () => {
    expect(runShared('(regexp-match #rx"b+" (open-input-string "abbc"))').result).toBe(
      "ERROR: regexp-match: matching against an input port is not supported in rlms (it would produce byte strings); read the text first, e.g. with port->string",
    );
  });

  it("refuses conditionals on a group, which JavaScript cannot express", () => {
    expect(runShared('(pregexp "(a)?(?(1)b|c)")').result).toBe(
      'ERROR: pregexp: conditionals on a group, `(?(N)...|...)`, are not supported in rlms; use an alternation\n  pattern: "(a)?(?(1)b|c)"',
    );
  });

  it("translates conditionals on a lookaround", () => {
    expect(runShared('(list (regexp-match #px"(?(?=a)ab|cd)" "xcd") (regexp-match #px"(?(?<=x)a|b)" "xa"))').result).toBe('(("cd") ("a"))');
  });

  it("replaces within start and end, keeping the rest (Racket 8.7 fails there)", () => {
    expect(runShared('(regexp-replace* #rx"a" "banana" "o" 2)').result).toBe('"banono"');
    expect(runShared('(regexp-replace* #rx"a" "banana" "o" 2 4)').result).toBe('"banona"');
  });

  it("refuses byte-regexp literals when reading", () => {
    expect(runShared('(regexp-match #rx#"a" "a")').result).toMatch(/byte-regexp literals are not supported/);
  });
});
