// The options shared by run and eval (and later repl and solve): from the command line to a
// SessionOptions and the contexts to load. Every value is checked here, so a typo or a bad number
// is a usage error (exit 2) before anything runs.

import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { SessionOptions } from "../session/session.js";
import { UsageError, optionValue, positiveNumber, type ParsedArgs } from "./args.js";

export const SESSION_OPTIONS = [
  "context",
  "model",
  "base-url",
  "record",
  "replay",
  "trace",
  "timeout",
  "max-tokens",
  "max-cost",
  "max-concurrency",
  "image-dir",
] as const;

export interface ContextToLoad {
  readonly name: string | undefined;
  readonly value: unknown;
  readonly from: string;
}

export function sessionOptions(args: ParsedArgs): SessionOptions {
  const record = optionValue(args, "record");
  const replay = optionValue(args, "replay");
  if (record !== undefined && replay !== undefined) throw new UsageError("--record and --replay cannot be used together");
  const baseURL = optionValue(args, "base-url") ?? process.env["OPENAI_BASE_URL"];
  if (baseURL !== undefined && !/^https?:\/\/[^\s]+$/.test(baseURL)) throw new UsageError(`--base-url needs an http(s) URL, got \`${baseURL}\``);
  // A local OpenAI-compatible server usually ignores the key; do not make people invent one.
  const apiKey = process.env["OPENAI_API_KEY"] || (baseURL !== undefined ? "rlms-no-key" : undefined);
  const timeout = positiveNumber(args, "timeout");
  const traceFile = optionValue(args, "trace");
  return {
    llm: {
      ...(baseURL !== undefined && { baseURL }),
      ...(apiKey !== undefined && { apiKey }),
      ...(optionValue(args, "model") !== undefined && { model: optionValue(args, "model") }),
      ...(record !== undefined && { record }),
      ...(replay !== undefined && { replay }),
    },
    limits: {
      ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
      ...(args.options.has("max-tokens") && { maxTokens: positiveInteger(args, "max-tokens") }),
      ...(args.options.has("max-cost") && { maxCostUsd: positiveNumber(args, "max-cost") }),
      ...(args.options.has("max-concurrency") && { maxConcurrency: positiveInteger(args, "max-concurrency") }),
    },
    trace: traceFile !== undefined ? { file: traceFile } : true,
    ...(optionValue(args, "image-dir") !== undefined && { imageDir: optionValue(args, "image-dir") }),
  };
}

function positiveInteger(args: ParsedArgs, name: string): number {
  const v = optionValue(args, name)!;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} needs a positive whole number, got \`${v}\``);
  return n;
}

/**
 * `--context PATH` (the current context) and `--context NAME=PATH` (named, repeatable); `-` reads
 * stdin. A `.json` file becomes JSON data, anything else a string. In command-line order, so the
 * last one loaded is `context`.
 */
export function contextsToLoad(args: ParsedArgs, readStdin: () => string): ContextToLoad[] {
  return (args.options.get("context") ?? []).map((spec) => {
    const named = /^([A-Za-z_][\w-]*)=(.+)$/.exec(spec);
    const [name, path] = named !== null ? [named[1]!, named[2]!] : [undefined, spec];
    let text: string;
    try {
      text = path === "-" ? readStdin() : readFileSync(path, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read the context file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (path !== "-" && extname(path).toLowerCase() === ".json") {
      try {
        return { name, value: JSON.parse(text) as unknown, from: path };
      } catch (e) {
        throw new UsageError(`the context file ${path} is not valid JSON: ${(e as Error).message}`);
      }
    }
    return { name, value: text, from: path };
  });
}
