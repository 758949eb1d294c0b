// (codegen-reference): the API text code generators get must name exactly the scaffold bindings
// a sandbox has, so it never promises what the runtime does not do, nor hides what it does.

import { afterEach, describe, expect, it } from "vitest";
import { scaffold } from "@rlms/primitives";
import { createSession, type Session } from "@rlms/runtime";

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe("codegen-reference", () => {
  it("documents every scaffold binding of the sandbox, and only those", async () => {
    session = await createSession({});
    const documented = scaffold.SCAFFOLD_DOCS.map((d) => d.name).sort();
    // Each documented name is a binding that programs cannot redefine...
    for (const name of documented) {
      const r = await session.execute(`(define ${name} 1)`);
      expect(r.error?.message, name).toMatch(new RegExp(`cannot redefine scaffold binding ${name.replace(/[?>*-]/g, "\\$&")}`));
    }
    // ...and every protected name (except internal helpers starting with %) is documented.
    const probe = await session.execute(`(list ${documented.map((n) => (n === "try" ? "" : n)).join(" ")})`);
    expect(probe.status).toBe("ok");
    const protectedNames = session["evaluator"].namespace.scaffoldNames().filter((n: string) => !n.startsWith("%")).sort();
    expect(protectedNames).toEqual(documented);
  });

  it("is returned by (codegen-reference) with one line per binding and the rules for generated code", async () => {
    session = await createSession({});
    const r = await session.execute("(codegen-reference)");
    const text = r.value as string;
    expect(text).toBe(scaffold.codegenReference());
    for (const d of scaffold.SCAFFOLD_DOCS) expect(text).toContain(d.signature);
    expect(text).toMatch(/Rules for generated code/);
    expect(text).toMatch(/\(syntax-e \(llm-query/);
  });
});

describe("a session's capabilities", () => {
  it("default to all; without unsafe, escape hatches refuse and say why, and nothing is sent", async () => {
    session = await createSession({ capabilities: ["llm", "finish"], llm: { baseURL: "http://127.0.0.1:9/v1", apiKey: "k" } });
    const r = await session.execute(`(unsafe-raw-query #:data "x")`);
    expect(r.error?.message).toBe("unsafe-raw-query: escape hatches (unsafe-*) are not available in this sandbox");
    expect((await session.execute(`(finish 'done)`)).status).toBe("finished");
  });
});
