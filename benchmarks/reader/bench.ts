// Reader throughput and memory on a deterministic ~5 MB Scheme program.
//
//   pnpm -w run build && node --expose-gc benchmarks/dist/reader/bench.js
//
// (It re-runs itself with --expose-gc when started without it.) Always the tsc output, never tsx:
// a transpiling loader changes what V8 optimises.
//
// How the figures are taken:
//   - Large input (5 MB): plain `performance.now()` loops. Each operation takes 0.1-2 s, so
//     Benchmark.js's cycle calibration (made for microsecond operations) adds nothing and it
//     reports a mean; we want the median. WARMUP runs first (V8 tiers up), then the median of RUNS.
//     MB/s counts UTF-8 input bytes, 1 MB = 10^6 bytes.
//   - Heap bytes per input byte: gc(), heapUsed, read while holding the result, gc(), heapUsed;
//     the difference is what the result keeps alive (tokens for the lexer; data or syntax objects
//     for the readers), divided by the input's UTF-8 size.
//   - Small input (one ~1 KB top-level form, the REPL / `read` case): Benchmark.js, whose
//     statistics suit operations this short; ops/s ± relative margin of error.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Benchmark from "benchmark";
import { DatumReader, readAll, readSyntaxAll, schemeLexer } from "@rlms/reader";

declare const gc: (() => void) | undefined;

if (typeof gc !== "function") {
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
const collect = gc as () => void;

const TARGET_BYTES = 5_000_000;
const WARMUP = 2;
const RUNS = 7;

// ---- the program ---------------------------------------------------------------------------

/** mulberry32: a small deterministic PRNG, so every run reads the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class ProgramWriter {
  private readonly rand: () => number;
  private readonly out: string[] = [];
  private size = 0;
  private counter = 0;

  constructor(seed: number) {
    this.rand = prng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.rand() * n);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  private emit(s: string): void {
    this.out.push(s);
    this.size += Buffer.byteLength(s, "utf8");
  }

  private name(): string {
    const stems = ["list", "vector", "hash", "count", "total", "node", "tree", "acc", "item", "result", "k", "v", "x", "y", "λ-helper", "make-point", "string->symbol"];
    const suffixes = ["", "", "", "?", "!", "*", "->list", "/fold", "-ref", "2"];
    return this.pick(stems) + this.pick(suffixes);
  }

  private number(): string {
    switch (this.int(12)) {
      case 0:
        return String(this.int(1000) - 500);
      case 1:
        return String(this.int(100));
      case 2:
        return "123456789012345678901234567890" + String(this.int(10));
      case 3:
        return (this.rand() * 1000).toFixed(3);
      case 4:
        return `${this.int(9) + 1}.${this.int(100)}e${this.int(40) - 20}`;
      case 5:
        return `${this.int(50) + 1}/${this.int(50) + 2}`;
      case 6:
        return "#x" + this.int(65536).toString(16).toUpperCase();
      case 7:
        return "#b" + this.int(256).toString(2);
      case 8:
        return this.pick(["+inf.0", "-inf.0", "+nan.0", "#e1.5", "#i1/3", "-0.0", "6.02e23"]);
      default:
        return String(this.int(10));
    }
  }

  private string(): string {
    const pieces = ["hello", "world", "\\n", "\\t", '\\"quoted\\"', "\\\\", "λ", "😀", "\\x41;", "\\u00e9", "café", " ", "value: ", "~a"];
    let s = '"';
    const n = this.int(6) + 1;
    for (let i = 0; i < n; i++) s += this.pick(pieces);
    return s + '"';
  }

  private atom(): string {
    switch (this.int(10)) {
      case 0:
      case 1:
      case 2:
        return this.name();
      case 3:
      case 4:
        return this.number();
      case 5:
        return this.string();
      case 6:
        return this.pick(["#t", "#f", "#true", "#false", "'()", "null", "else"]);
      case 7:
        return this.pick(["#\\a", "#\\space", "#\\newline", "#\\λ", "#\\x41", "#\\("]);
      case 8:
        return this.pick(["#:key", "#:when", "#:transparent", "|odd name|", "..."]);
      default:
        return "'" + this.name();
    }
  }

  private expr(depth: number, indent: string): string {
    if (depth <= 0 || this.rand() < 0.3) return this.atom();
    const inner = indent + "  ";
    const sub = () => this.expr(depth - 1, inner);
    switch (this.int(11)) {
      case 0: {
        const bindings = Array.from({ length: this.int(3) + 1 }, () => `[${this.name()} ${sub()}]`).join(" ");
        return `(${this.pick(["let", "let*", "letrec"])} (${bindings})\n${inner}${sub()}\n${inner}${sub()})`;
      }
      case 1:
        return `(if ${sub()}\n${inner}${sub()}\n${inner}${sub()})`;
      case 2:
        return `(cond [${sub()} ${sub()}]\n${inner}[else ${sub()}])`;
      case 3:
        return `(lambda (${this.name()} ${this.name()}) ${sub()})`;
      case 4:
        return `'(${sub()} ${sub()} . ${this.atom()})`;
      case 5:
        return `\`(${this.name()} ,${sub()} ,@${sub()})`;
      case 6:
        return `#(${sub()} ${sub()} ${this.number()})`;
      case 7:
        // Values are atoms: `#hash((k . (f x)))` is rejected by readAll at the moment (reported bug).
        return `#hash((${this.name()} . ${this.pick([this.number(), this.string(), this.name()])}) (${this.string()} . ${this.number()}))`;
      case 8:
        return `(${this.name()} #;${this.atom()} ${sub()} #| inline |# ${sub()})`;
      default: {
        const args = Array.from({ length: this.int(4) }, sub).join(" ");
        return `(${this.name()} ${args})`;
      }
    }
  }

  private topLevel(): string {
    const n = this.counter++;
    switch (this.int(8)) {
      case 0:
        return `;; Section ${n}: helpers for ${this.name()}, see the notes above.\n`;
      case 1:
        return `#| Block comment ${n}\n   spanning lines, with #| nested |# parts.\n|#\n`;
      case 2:
        return `(define ${this.name()}-${n} ${this.expr(3, "  ")})\n`;
      case 3:
        return `(struct point-${n} (x y) #:transparent)\n`;
      default:
        return `(define (${this.name()}-${n} ${this.name()} [${this.name()} ${this.number()}])\n  ; body\n  (define ${this.name()} ${this.expr(2, "    ")})\n  ${this.expr(5, "  ")})\n\n`;
    }
  }

  program(targetBytes: number): string {
    this.emit("#lang racket\n");
    while (this.size < targetBytes) this.emit(this.topLevel());
    return this.out.join("");
  }

  /** One top-level form of roughly `bytes` bytes. */
  form(bytes: number): string {
    let best = "";
    while (Buffer.byteLength(best, "utf8") < bytes) {
      const f = `(define (f ${this.name()})\n  ${this.expr(6, "  ")})`;
      if (Buffer.byteLength(f, "utf8") > Buffer.byteLength(best, "utf8")) best = f;
    }
    return best;
  }
}

// ---- measuring -----------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

let sink: unknown;

function timeMedian(fn: () => unknown): { median: number; min: number; max: number } {
  for (let i = 0; i < WARMUP; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sink = undefined;
    collect(); // start each run from a clean heap so one run's garbage does not bill the next
    const t = performance.now();
    sink = fn();
    times.push(performance.now() - t);
  }
  sink = undefined;
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function retainedBytes(fn: () => unknown): number {
  sink = undefined;
  collect();
  collect();
  const before = process.memoryUsage().heapUsed;
  const held = fn();
  collect();
  collect();
  const after = process.memoryUsage().heapUsed;
  sink = held; // keep the result alive through the second measurement
  sink = undefined;
  return after - before;
}

function tokenize(text: string): unknown {
  const r = schemeLexer.tokenize(text);
  if (r.errors.length > 0) throw new Error(`lexing error: ${r.errors[0]!.message}`);
  return r.tokens;
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function main(): void {
  const writer = new ProgramWriter(20240601);
  const text = writer.program(TARGET_BYTES);
  const bytes = Buffer.byteLength(text, "utf8");
  const datums = readAll(text).length;
  const tokens = (tokenize(text) as unknown[]).length;

  console.log(`rlms reader benchmark — Node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(`input: ${(bytes / 1e6).toFixed(2)} MB UTF-8 (${text.length} UTF-16 units), ${tokens} tokens, ${datums} top-level datums`);
  console.log(`large input: median of ${RUNS} runs after ${WARMUP} warm-up runs (performance.now() loops); MB = 10^6 bytes\n`);

  const cases: [string, () => unknown][] = [
    ["lexer only (schemeLexer.tokenize)", () => tokenize(text)],
    ["readSyntaxAll (with positions)", () => readSyntaxAll(text)],
    ["readAll (no positions)", () => readAll(text)],
  ];

  const rows: string[][] = [["", "median ms", "min–max ms", "MB/s", "heap B / input B"]];
  for (const [label, fn] of cases) {
    const t = timeMedian(fn);
    const heap = retainedBytes(fn);
    rows.push([label, t.median.toFixed(0), `${t.min.toFixed(0)}–${t.max.toFixed(0)}`, (bytes / 1e6 / (t.median / 1000)).toFixed(1), (heap / bytes).toFixed(1)]);
  }
  const first = timeMedian(() => new DatumReader(text, { positions: true }).next());
  rows.push(["first datum only (DatumReader.next)", first.median.toFixed(0), `${first.min.toFixed(0)}–${first.max.toFixed(0)}`, "", ""]);

  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 0 ? pad(c, widths[j]!) : lpad(c, widths[j]!))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log("(the text is lexed in 64K-character chunks on demand: the first datum costs one chunk)");

  // Small input: Benchmark.js.
  const form = writer.form(1000);
  const formBytes = Buffer.byteLength(form, "utf8");
  console.log(`\nsmall input: one ${formBytes}-byte top-level form (Benchmark.js, ops/s ± RME)`);
  const suite = new Benchmark.Suite();
  suite
    .add("lexer only", () => {
      sink = schemeLexer.tokenize(form);
    })
    .add("readSyntaxAll", () => {
      sink = readSyntaxAll(form);
    })
    .add("readAll", () => {
      sink = readAll(form);
    })
    .on("cycle", (event: Benchmark.Event) => {
      const b = event.target as unknown as Benchmark;
      const hz = b.hz ?? 0;
      console.log(
        `${pad(b.name ?? "", 14)} ${lpad(Math.round(hz).toLocaleString("en-US"), 9)} ops/s ±${(b.stats?.rme ?? 0).toFixed(1)}%  ${lpad(((hz * formBytes) / 1e6).toFixed(1), 6)} MB/s  (${b.stats?.sample.length} samples)`,
      );
    })
    .run({ async: false });
  if (sink === TARGET_BYTES) console.log(); // reads `sink`, so that no result is dead code
}

main();
