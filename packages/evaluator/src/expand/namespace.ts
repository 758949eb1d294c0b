// A top level: the binding table with the core forms, derived forms and library bindings at the
// empty scope set, and the scope that marks code belonging to this namespace.

import { Syntax, sym, type ScopeSet } from "@rlms/reader";
import { GlobalCell, UNDEFINED } from "../compile/global.js";
import { BindingTable, type Transformer } from "./binding.js";
import type { Namespace } from "./context.js";
import { CORE_FORMS } from "./core-forms.js";
import { DERIVED_FORMS } from "./derived.js";
import { freshScope } from "./scope.js";

const CORE_KEYWORDS = [...CORE_FORMS.keys(), "syntax-rules", "define-syntaxes"];

export class TopLevel implements Namespace {
  readonly table = new BindingTable();
  readonly topScopes: ScopeSet;

  constructor() {
    this.topScopes = [freshScope()];
    const at = (name: string) => new Syntax(sym(name), undefined, []);
    for (const name of CORE_KEYWORDS) this.table.add(at(name), { kind: "core", name });
    for (const [name, transformer] of DERIVED_FORMS) this.table.add(at(name), { kind: "macro", name, transformer });
  }

  /** Names programs have defined at top level, in definition order (a session's state). */
  private readonly programNames = new Set<string>();

  noteProgramDefinition(name: string): void {
    this.programNames.add(name);
  }

  topLevelNames(): string[] {
    return [...this.programNames];
  }

  /**
   * Set by the embedder: loads the bindings of a library that is loaded only when a program
   * requires it (rackunit: its names are unbound before `(require rackunit)`, as in Racket, and
   * loading it at every start would cost more than all the rest of the library).
   */
  onRequire: ((library: string) => void) | undefined = undefined;

  required(library: string): void {
    this.onRequire?.(library);
  }

  makeCell(name: string): GlobalCell {
    return new GlobalCell(name);
  }

  /** Binds a library value (constant: programs may shadow it with `define` but not `set!` it). */
  defineLibrary(name: string, value: unknown): void {
    const cell = new GlobalCell(name, true);
    cell.value = value;
    this.table.add(new Syntax(sym(name), undefined, []), { kind: "global", cell });
  }

  /**
   * Binds a scaffold value: protected from redefinition and `set!` by programs. A constant one is
   * compiled into code; a non-constant one (`context`) is read at run time, so the host can
   * change it between runs.
   */
  defineScaffold(name: string, value: unknown, constant = true): GlobalCell {
    const cell = new GlobalCell(name, constant);
    cell.value = value;
    cell.protect();
    this.table.add(new Syntax(sym(name), undefined, []), { kind: "global", cell });
    this.scaffold.push(name);
    return cell;
  }

  /** Binds a scaffold macro, protected like scaffold values. */
  defineScaffoldMacro(name: string, transformer: Transformer): void {
    this.table.add(new Syntax(sym(name), undefined, []), { kind: "macro", name, transformer, scaffold: true });
    this.scaffold.push(name);
  }

  private readonly scaffold: string[] = [];

  /** The names of the scaffold's protected bindings (the API reference is checked against them). */
  scaffoldNames(): string[] {
    return [...this.scaffold];
  }

  /** Binds a library macro (a transformer written in TypeScript) at the empty scope set. */
  defineMacro(name: string, transformer: Transformer): void {
    this.table.add(new Syntax(sym(name), undefined, []), { kind: "macro", name, transformer });
  }

  /**
   * The value of a variable as a program's top-level code sees `name` (its own definition, else
   * the library's), or undefined when there is none or it is not defined yet.
   */
  lookupTopLevel(name: string): unknown {
    const b = this.table.resolve(new Syntax(sym(name), undefined, this.topScopes));
    if (b?.kind !== "global") return undefined;
    const v = b.cell.resolved();
    return v === UNDEFINED ? undefined : v;
  }

  /** The library value bound to `name`, if any (for embedding and tests). */
  lookupLibrary(name: string): unknown {
    const b = this.table.resolve(new Syntax(sym(name), undefined, []));
    return b?.kind === "global" ? b.cell.resolved() : undefined;
  }
}
