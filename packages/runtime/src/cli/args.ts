// Command-line parsing for `rlms`: a command, positional arguments and --options.

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Map<string, string[]>;
}

/** Options that take no value. */
const FLAGS = new Set(["json", "quiet", "help", "version"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { command: undefined, positional: [], options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      let value: string;
      if (FLAGS.has(name)) {
        if (eq > 0) throw new UsageError(`option --${name} takes no value`);
        value = "true";
      } else if (eq > 0) value = a.slice(eq + 1);
      else {
        const next = argv[++i];
        if (next === undefined) throw new UsageError(`option --${name} needs a value`);
        value = next;
      }
      const list = out.options.get(name) ?? [];
      list.push(value);
      out.options.set(name, list);
    } else if (a === "-h") {
      out.options.set("help", ["true"]);
    } else if (out.command === undefined) out.command = a;
    else out.positional.push(a);
  }
  return out;
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return v === undefined ? undefined : v[v.length - 1];
}

/** Rejects options the command does not know, so a typo is not silently ignored. */
export function checkOptions(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
}

export function positiveNumber(args: ParsedArgs, name: string): number | undefined {
  const v = optionValue(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`--${name} needs a positive number, got \`${v}\``);
  return n;
}
