// Struct options rlms refuses (Racket accepts them): each is a syntax error that says so.

import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

describe("struct options rlms does not support", () => {
  it.each([
    ["(struct p (x) #:methods gen:equal+hash [(define (equal-proc a b r) #t) (define (hash-proc a r) 1) (define (hash2-proc a r) 1)])", "#:methods gen:equal+hash is not supported in rlms (gen:custom-write is)", "gen:equal+hash"],
    ["(struct p (x) #:property prop:procedure 0)", "#:property is supported in rlms for prop:custom-write only", "prop:procedure"],
  ])("%s", (code, message, at) => {
    expect(runShared(code).result).toBe(`ERROR: struct: ${message}\n  at: ${at}\n  in: ${code.replace(/\[/g, "(").replace(/\]/g, ")")}`);
  });
});
