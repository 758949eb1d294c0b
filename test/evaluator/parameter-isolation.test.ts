// Library parameters are made once per process; each evaluator (each session) must still have
// its own value of them, or one sandbox's (json-null 'nil) changes another's JSON.

import { describe, expect, it } from "vitest";
import { createEvaluator } from "@rlms/primitives";
import { write } from "@rlms/reader";

const value = (r: ReturnType<ReturnType<typeof createEvaluator>["runSync"]>) => (r.status === "ok" ? write(r.value) : `${r.status}`);

describe("library parameters set outside parameterize", () => {
  it("keep their value from run to run in one evaluator and are never seen by another", () => {
    const a = createEvaluator();
    const b = createEvaluator();
    expect(value(a.runSync(`(json-null 'nil) (jsexpr->string (list (json-null) 1))`))).toBe('"[null,1]"');
    expect(value(a.runSync(`(list (json-null) (string->jsexpr "null"))`))).toBe("(nil nil)");
    expect(value(b.runSync(`(list (json-null) (string->jsexpr "null"))`))).toBe("(null null)");
    expect(value(b.runSync(`(current-input-port (open-input-string "b's input")) (read-line)`))).toBe('"b\'s input"');
    expect(value(a.runSync(`(eof-object? (read-line))`))).toBe("#t");
  });
});
