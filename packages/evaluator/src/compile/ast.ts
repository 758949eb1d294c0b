// The core language: what the expander produces and the compiler consumes. Every derived form
// (cond, let*, named let, do, when, case, define with curried heads...) has been rewritten into
// these by the time a program reaches the compiler.

import type { SourceLocation } from "@rlms/reader";
import type { GlobalCell } from "./global.js";

/** A local variable. Identity is the binding; the compiler assigns its lexical address. */
export class Variable {
  /** Set by the compiler when the variable is assigned with `set!` anywhere. */
  mutated = false;
  constructor(readonly name: string) {}
}

export type Core =
  | { readonly kind: "quote"; readonly value: unknown; readonly loc?: SourceLocation }
  | { readonly kind: "local"; readonly variable: Variable; readonly loc?: SourceLocation }
  | { readonly kind: "global"; readonly cell: GlobalCell; readonly loc?: SourceLocation }
  | { readonly kind: "if"; readonly test: Core; readonly then: Core; readonly else: Core; readonly loc?: SourceLocation }
  | { readonly kind: "begin"; readonly body: readonly Core[]; readonly loc?: SourceLocation }
  | { readonly kind: "lambda"; readonly lambda: LambdaForm; readonly loc?: SourceLocation }
  | { readonly kind: "case-lambda"; readonly clauses: readonly LambdaForm[]; readonly name: string | undefined; readonly loc?: SourceLocation }
  | { readonly kind: "let"; readonly variables: readonly Variable[]; readonly inits: readonly Core[]; readonly body: Core; readonly loc?: SourceLocation }
  | { readonly kind: "letrec"; readonly variables: readonly Variable[]; readonly inits: readonly Core[]; readonly body: Core; readonly loc?: SourceLocation }
  | { readonly kind: "let-values"; readonly formals: readonly ValuesFormals[]; readonly inits: readonly Core[]; readonly body: Core; readonly loc?: SourceLocation }
  /** `init` marks the initialisation of a definition (letrec*), which is not a mutation. */
  | { readonly kind: "set-local"; readonly variable: Variable; readonly value: Core; readonly init?: boolean; readonly loc?: SourceLocation }
  | { readonly kind: "set-global"; readonly cell: GlobalCell; readonly value: Core; readonly loc?: SourceLocation }
  | { readonly kind: "define-global"; readonly cells: readonly GlobalCell[]; readonly value: Core; readonly loc?: SourceLocation }
  | { readonly kind: "app"; readonly fn: Core; readonly args: readonly Core[]; readonly keywords: readonly KeywordArg[]; readonly loc?: SourceLocation };

export interface KeywordArg {
  readonly keyword: string;
  readonly value: Core;
}

/** `(let-values ([(a b . rest) expr]) ...)`: the variables one init binds. */
export interface ValuesFormals {
  readonly required: readonly Variable[];
  readonly rest: Variable | undefined;
}

/** A lambda's parameter list in full Racket generality. */
export interface LambdaForm {
  readonly name: string | undefined;
  readonly required: readonly Variable[];
  /** Optional positional parameters with default expressions (evaluated in order, may see earlier parameters). */
  readonly optional: readonly { readonly variable: Variable; readonly init: Core }[];
  readonly rest: Variable | undefined;
  /** Keyword parameters; `init` undefined means the keyword is required. */
  readonly keywords: readonly { readonly keyword: string; readonly variable: Variable; readonly init: Core | undefined }[];
  readonly body: Core;
  readonly loc?: SourceLocation;
}
