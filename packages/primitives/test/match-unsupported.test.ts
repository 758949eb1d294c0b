// Pattern forms of racket/match that rlms does not have are syntax errors that say so.

import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

describe("match patterns rlms does not support", () => {
  it.each(["mcons", "struct*"])("%s", (form) => {
    const code = `(match 5 [(${form} x) 1] [_ 2])`;
    expect(runShared(code).result).toBe(`ERROR: match: the ${form} pattern is not supported in rlms\n  at: ${form}\n  in: (${form} x)`);
  });
});
