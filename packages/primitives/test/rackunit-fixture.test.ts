// rackunit and rackunit/text-ui against programs recorded from Racket 8.7
// (fixtures/rackunit-cases.rkt → rackunit.json, by fixtures/rackunit-oracle.rkt): each program
// runs as the file `case.rkt`, and what it printed on stdout and, in full, on stderr (the FAILURE
// and ERROR blocks, with their `location: case.rkt:LINE:COL`) must be Racket's.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMPTY_DYNAMIC_STATE } from "@rlms/evaluator";
import { OutputPort, createEvaluator, currentErrorPort, currentOutputPort } from "@rlms/primitives";

interface RecordedProgram {
  readonly name: string;
  readonly code: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

const programs = JSON.parse(readFileSync(new URL("./fixtures/rackunit.json", import.meta.url), "utf8")) as RecordedProgram[];

/**
 * The deliberate difference (README): an `exception:` info shows the exception's message, not
 * the error display handler's `context...:` lines, which name Racket's own files.
 */
function withoutContext(stderr: string): string {
  return stderr.replace(/\n {4}context\.\.\.:\n(?: {5}.*\n)*/g, "\n");
}

function run(code: string): { stdout: string; stderr: string; status: string } {
  const out: string[] = [];
  const err: string[] = [];
  const dynamicState = EMPTY_DYNAMIC_STATE.withParameter(currentOutputPort, new OutputPort((t) => out.push(t), "stdout")).withParameter(
    currentErrorPort,
    new OutputPort((t) => err.push(t), "stderr"),
  );
  // A fresh evaluator for each program: they set parameters and define names at top level.
  const raw = createEvaluator().runSync(code, { source: "case.rkt", dynamicState, deadline: performance.now() + 10_000 });
  return { stdout: out.join(""), stderr: err.join(""), status: raw.status === "error" ? `error: ${raw.error.message}` : raw.status };
}

describe("rackunit: programs recorded from Racket 8.7", () => {
  for (const p of programs) {
    it(p.name, () => {
      // Every recorded program ends normally: rackunit catches what the checks raise.
      expect(p.exit).toBe(0);
      const got = run(p.code);
      expect(got.status).toBe("ok");
      expect(got.stdout).toBe(p.stdout);
      expect(got.stderr).toBe(withoutContext(p.stderr));
    });
  }

  it("the context lines removed are only those of check-not-exn's exception info", () => {
    const changed = programs.filter((p) => withoutContext(p.stderr) !== p.stderr).map((p) => p.name);
    expect(changed).toEqual(["check-not-exn"]);
  });
});
