// The CLI's progress on stderr: a live line on a terminal (redrawn in place, cleared around the
// program's output), and a summary line after a run that made calls.

import { describe, expect, it } from "vitest";
import { ProgressReporter, summaryLine } from "../src/cli/progress.js";
import type { CallProgress, RunUsage } from "../src/session/session.js";

function sink() {
  const chunks: string[] = [];
  return { stream: { write: (t: string) => (chunks.push(t), true) } as unknown as NodeJS.WritableStream, text: () => chunks.join("") };
}

const usage = (calls: number, cost: number | null): RunUsage => ({ calls, promptTokens: 1200, completionTokens: 34, totalTokens: 1234, costUsd: cost, models: ["gpt-4o-mini"] });
const event = (inFlight: number, done: number): CallProgress => ({ phase: "end", callId: "e2", inFlight, done, usage: usage(done, 0.00123) });

describe("progress on stderr", () => {
  it("on a terminal, redraws one line in place at most every 100 ms and clears it before program output", async () => {
    const out = sink();
    const p = new ProgressReporter(out.stream, true);
    p.update(event(3, 1)); // too soon after the start: not drawn
    expect(out.text()).toBe("");
    await new Promise((r) => setTimeout(r, 120));
    p.update(event(2, 2));
    expect(out.text()).toBe("\r\x1b[Kcalls: 2 in flight, 2 done · 1,234 tokens · $0.00123");
    p.clear();
    expect(out.text().endsWith("\r\x1b[K")).toBe(true);
    p.finish({ ...usage(4, 0.00123), elapsedMs: 2310 });
    expect(out.text().endsWith("rlms: 4 calls · 1,234 tokens (1,200 prompt + 34 completion) · $0.00123 · 2.31 s\n")).toBe(true);
  });

  it("prints no summary for a run without calls, and says when a price is unknown", () => {
    const out = sink();
    new ProgressReporter(out.stream, false).finish({ ...usage(0, 0), elapsedMs: 5 });
    expect(out.text()).toBe("");
    expect(summaryLine({ ...usage(1, null), elapsedMs: 850 })).toBe("1 call · 1,234 tokens (1,200 prompt + 34 completion) · cost unknown (a model without a known price) · 850 ms");
  });
});
