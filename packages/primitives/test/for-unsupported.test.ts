// What rlms's for loops do not do that Racket's do, and where they deliberately differ.

import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

describe("for: deliberate differences from Racket", () => {
  it("for/foldr refuses #:break and #:final in its body", () => {
    expect(runShared("(for/foldr ([acc '()]) ([i 3]) #:break (= i 2) (cons i acc))").result).toBe(
      "ERROR: for/foldr: #:break and #:final in the body are not supported in rlms\n  at: #:break\n  in: (for/foldr ((acc (quote ()))) ((i 3)) #:break (= i 2) (cons i acc))",
    );
  });

  it("in-cycle of empty sequences ends (Racket loops forever)", () => {
    expect(runShared("(for/list ([x (in-cycle '() '())]) x)").result).toBe("()");
  });
});
