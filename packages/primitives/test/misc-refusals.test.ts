// What the sandbox refuses: every common name for files, processes, network, environment,
// exiting and threads raises exn:fail:unsupported saying what is not available (never a crash,
// never a silent no-op), however it is called.

import { describe, expect, it } from "vitest";
import { REFUSED_NAMES } from "../src/misc.js";
import { outcome } from "./recorded-cases.js";

describe("host facilities are refused", () => {
  it("covers the names programs reach for", () => {
    for (const name of ["open-input-file", "with-output-to-file", "file->string", "file->lines", "file-exists?", "directory-list", "current-directory", "system", "process", "exit", "getenv", "tcp-connect", "delete-file", "thread"]) {
      expect(REFUSED_NAMES).toContain(name);
    }
  });

  it("every refused name raises exn:fail:unsupported naming itself and what is missing", () => {
    const program = `(map (lambda (p) (with-handlers ([exn:fail:unsupported? exn-message]) (p "a" 1) 'returned)) (list ${REFUSED_NAMES.join(" ")}))`;
    const got = outcome(program);
    expect(got.error).toBeUndefined();
    const messages = got.values![0]!;
    for (const name of REFUSED_NAMES) {
      expect(messages).toMatch(new RegExp(`"${name.replace(/[*?/.+]/g, "\\$&")}: [a-z' -]+ is not available in the rlms sandbox"`));
    }
    expect(messages).not.toContain("returned");
  });

  it("refuses whatever the arguments, keywords included", () => {
    expect(outcome(`(call-with-output-file "out.txt" (lambda (p) (write 1 p)) #:exists 'replace)`)).toEqual({
      out: "",
      error: "exn:fail:unsupported",
      message: "call-with-output-file: file access is not available in the rlms sandbox",
    });
    expect(outcome(`(exit)`)).toEqual({ out: "", error: "exn:fail:unsupported", message: "exit: exiting the process is not available in the rlms sandbox" });
    expect(outcome(`(system "ls")`).message).toBe("system: running processes is not available in the rlms sandbox");
    expect(outcome(`(getenv "HOME")`).message).toBe("getenv: the host's environment variables is not available in the rlms sandbox");
    expect(outcome(`(tcp-connect "example.com" 80)`).message).toBe("tcp-connect: network access is not available in the rlms sandbox");
    expect(outcome(`(with-handlers ([exn:fail? (lambda (e) 'caught)]) (file->string "x"))`)).toEqual({ out: "", values: ["caught"] });
  });
});
