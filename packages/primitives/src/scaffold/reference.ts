// The concise API reference for code generators: `(codegen-reference)` returns it, the MCP tool
// `get_codegen_reference` serves it, and `rlms solve` puts it in the model's system prompt. It is
// built from the table below, which lists exactly the scaffold bindings that exist (a test checks
// the table against the sandbox's bindings), so it cannot promise what the runtime does not do.

export interface BindingDoc {
  readonly name: string;
  readonly signature: string;
  readonly summary: string;
}

export const SCAFFOLD_DOCS: readonly BindingDoc[] = [
  { name: "finish", signature: "(finish v)", summary: "End the run now with value v (from any depth: inside define, map, map-async)." },
  { name: "finish-var", signature: '(finish-var "name")', summary: "End the run with the value of the top-level variable name." },
  { name: "context", signature: "context", summary: "The most recently loaded context (a string, or JSON data as hashes/lists); #f when none. Read-only." },
  { name: "get-context", signature: '(get-context "name")', summary: "The context loaded under name, or #f." },
  { name: "try", signature: "(try expr on-error handler)", summary: "expr's value, or (handler message-string) if it raises (LLM errors included)." },
  { name: "codegen-reference", signature: "(codegen-reference)", summary: "This text." },
  {
    name: "llm-query",
    signature: '(llm-query #:instruction "system" #:data any #:model "m" #:temperature t #:max-tokens n #:json #t #:schema h #:image url #:images (list url ...) #:timeout secs)',
    summary: "Call a model; blocks this fiber only. Returns a syntax object: unwrap it with (syntax-e r) before using it as a string.",
  },
  { name: "unsafe-raw-query", signature: "(unsafe-raw-query #:instruction ... same keywords)", summary: "Like llm-query but returns the plain string (for generated code)." },
  { name: "llm-query-async", signature: "(llm-query-async #:instruction ... same keywords)", summary: "Start a call and return a handle at once." },
  { name: "await", signature: "(await handle)", summary: "The handle's result as a syntax object (raises the call's error). Awaiting twice gives the same result." },
  { name: "await-all", signature: "(await-all handles)", summary: "List of plain strings, in the order of handles." },
  { name: "await-all-syntax", signature: "(await-all-syntax handles)", summary: "List of syntax objects, in the order of handles." },
  { name: "await-any", signature: "(await-any handles)", summary: "Two values: the first completed result (string) and the list of the other handles." },
  {
    name: "map-async",
    signature: "(map-async f items #:max-concurrent 10 #:on-error (lambda (exn item) ...))",
    summary: "Apply f to every item concurrently; results in input order. f may call llm-query or return a handle (its text is the result). One failure fails the call unless #:on-error gives a replacement.",
  },
  { name: "exn:fail:llm?", signature: "(exn:fail:llm? e)", summary: "Is e a failed model call (an exn:fail)? (exn-message e) says what happened." },
  { name: "exn:fail:llm-kind", signature: "(exn:fail:llm-kind e)", summary: "What went wrong: 'http 'connection 'timeout 'cancelled 'budget 'malformed 'replay-miss 'request 'setup." },
  { name: "exn:fail:llm-status", signature: "(exn:fail:llm-status e)", summary: "The HTTP status of a failed call, or #f." },
  { name: "syntax-e", signature: "(syntax-e x)", summary: "The text inside a model answer; a plain value is returned as it is." },
  { name: "datum->syntax", signature: "(datum->syntax #f v)", summary: "Wrap v (e.g. a string of code) as a syntax object." },
  { name: "syntax->datum", signature: "(syntax->datum x)", summary: "The plain value inside a syntax object." },
  { name: "syntax?", signature: "(syntax? x)", summary: "Is x a syntax object (e.g. a model answer)?" },
  { name: "token-budget", signature: "(parameterize ([token-budget n]) body ...)", summary: "Limit what body may spend to n tokens (nested scopes all charged; a call that cannot fit is refused before it is sent)." },
  { name: "tokens-used", signature: "(tokens-used)", summary: "Hash: 'prompt_tokens 'completion_tokens 'total_tokens 'total_calls 'cost_usd (#f for an unknown price)." },
  { name: "rate-limits", signature: "(rate-limits)", summary: "Hash of the latest rate-limit headers ('remaining-requests ...)." },
];

const RULES = `Rules for generated code:
- Write Racket-style Scheme (#lang racket semantics): define, let, cond, match, for/list, hash tables, string functions, format/printf, ~a ~r.
- Model answers are syntax objects: (syntax-e (llm-query ...)) gives the string. string-append and friends reject an unwrapped answer.
- Prefer map-async (or llm-query-async + await-all) for many independent calls: they run concurrently.
- #:json #t asks for a JSON object: parse it with (string->jsexpr (syntax-e r)); objects become hashes with symbol keys.
- Errors raise: catch them with (try expr on-error (lambda (msg) ...)) or with-handlers.
- End with (finish value). Scaffold names cannot be redefined or set!.
- No files, processes or network: use context and the calls above.`;

const FORMS = `Main forms: define (optional [x default] and #:keyword arguments), lambda, let, let*, letrec, named let, cond/case/when/unless, match, for/list for/fold for/hash for/sum (in-range in-list in-hash in-naturals ...), struct, hash-ref/hash-set!/hash-update!, string-split/string-join/string-trim/string-replace, format/printf/displayln, with-handlers, parameterize, values/let-values, apply, sort (#:key), string->jsexpr/jsexpr->string.`;

export function codegenReference(): string {
  const width = Math.max(...SCAFFOLD_DOCS.map((d) => d.signature.length > 60 ? 0 : d.signature.length));
  const lines = SCAFFOLD_DOCS.map((d) => (d.signature.length > 60 ? `${d.signature}\n    ${d.summary}` : `${d.signature.padEnd(width)}  ${d.summary}`));
  return `rlms scaffold API (bindings available to orchestration code)\n\n${lines.join("\n")}\n\n${RULES}\n\n${FORMS}\n`;
}
