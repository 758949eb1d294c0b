// Struct options rlms refuses (Racket accepts them): each is a syntax error that says so.

import { describe, expect, it } from "vitest";
import { runShared } from "./syntax-fixture.js";

describe("struct options rlms does not support", () => {
  it.each([
    ["(struct p (x) #:prefab)", "#:prefab structure types are not supported in rlms", "#:prefab"],
    [
      "(struct p (x) #:methods gen:custom-write [(define (write-proc v port mode) (display 1 port))])",
      "#:methods (generic interfaces such as gen:custom-write) is not supported in rlms",
      "#:methods",
    ],
    ["(struct p (x) #:property prop:procedure 0)", "#:property (structure type properties such as prop:procedure) is not supported in rlms", "#:property"],
  ])("%s", (code, message, at) => {
    expect(runShared(code).result).toBe(`ERROR: struct: ${message}\n  at: ${at}\n  in: ${code.replace(/\[/g, "(").replace(/\]/g, ")")}`);
  });
});
