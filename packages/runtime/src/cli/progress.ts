// Progress of a run's language-model calls on stderr (surfaces.md): a live line on a terminal,
// plain lines otherwise (at most one every few seconds, so a log of a 1,000-call run stays
// readable), and a summary line at the end of every run that made calls.

import { usd } from "../llm/budget.js";
import { formatCount, formatDuration, plural } from "../trace/format.js";
import type { CallProgress, RunUsage } from "../session/session.js";

const LIVE_REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5000;

export class ProgressReporter {
  /** From the start: a short run prints only its summary line, never a progress line first. */
  private lastDraw = performance.now();
  private shown = false;

  constructor(
    private readonly err: NodeJS.WritableStream,
    /** A terminal: redraw one line in place. */
    private readonly live: boolean,
  ) {}

  update(p: CallProgress): void {
    const now = performance.now();
    if (now - this.lastDraw < (this.live ? LIVE_REDRAW_MS : PLAIN_EVERY_MS)) return;
    this.lastDraw = now;
    if (this.live) {
      this.err.write(`\r\x1b[K${this.line(p)}`);
      this.shown = true;
    } else {
      this.err.write(`rlms: ${this.line(p)}\n`);
    }
  }

  /** Before the program's own output: the live line is cleared (it comes back on the next update). */
  clear(): void {
    if (!this.shown) return;
    this.err.write("\r\x1b[K");
    this.shown = false;
  }

  /** The end of the run: the summary line when calls were made. */
  finish(usage: RunUsage & { elapsedMs: number }): void {
    this.clear();
    if (usage.calls === 0) return;
    this.err.write(`rlms: ${summaryLine(usage)}\n`);
  }

  private line(p: CallProgress): string {
    return `calls: ${p.inFlight} in flight, ${formatCount(p.done)} done · ${plural(p.usage.totalTokens, "token")} · ${cost(p.usage)}`;
  }
}

function cost(u: RunUsage): string {
  return u.costUsd === null ? "cost unknown (a model without a known price)" : usd(u.costUsd);
}

/** "12 calls · 4,321 tokens (4,000 prompt + 321 completion) · $0.0012 · 2.31 s" */
export function summaryLine(u: RunUsage & { elapsedMs: number }): string {
  return `${plural(u.calls, "call")} · ${plural(u.totalTokens, "token")} (${formatCount(u.promptTokens)} prompt + ${formatCount(u.completionTokens)} completion) · ${cost(u)} · ${formatDuration(u.elapsedMs)}`;
}
