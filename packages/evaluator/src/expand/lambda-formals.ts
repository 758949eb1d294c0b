// Racket's parameter lists: `(x y [z default] #:k k #:j [j default] . rest)`.

import { Keyword, NIL, Syntax } from "@rlms/reader";
import { idName, isIdentifier, listParts, syntaxError, syntaxList, type Identifier } from "./shape.js";

export interface ParsedFormals {
  required: Identifier[];
  optional: { id: Identifier; init: unknown }[];
  rest: Identifier | undefined;
  keywords: { keyword: string; id: Identifier; init: unknown | undefined }[];
}

/** Every identifier the formals bind, in binding order (for scope and duplicate checks). */
export function formalIdentifiers(f: ParsedFormals): Identifier[] {
  return [...f.required, ...f.optional.map((o) => o.id), ...f.keywords.map((k) => k.id), ...(f.rest ? [f.rest] : [])];
}

export function parseFormals(formals: unknown, form: unknown, who: string): ParsedFormals {
  const out: ParsedFormals = { required: [], optional: [], rest: undefined, keywords: [] };
  if (isIdentifier(formals)) {
    out.rest = formals;
    return out;
  }
  const { items, tail } = listParts(formals);
  if (tail !== NIL) {
    if (!isIdentifier(tail)) throw syntaxError(who, "not an identifier", form, tail);
    out.rest = tail;
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const datum = item instanceof Syntax ? item.e : item;
    if (datum instanceof Keyword) {
      const spec = items[++i];
      if (spec === undefined) throw syntaxError(who, `missing argument identifier after keyword \`#:${datum.name}\``, form, item);
      if (out.keywords.some((k) => k.keyword === datum.name)) throw syntaxError(who, `duplicate keyword \`#:${datum.name}\``, form, item);
      if (isIdentifier(spec)) out.keywords.push({ keyword: datum.name, id: spec, init: undefined });
      else {
        const [id, init] = optionalSpec(spec, form, who);
        out.keywords.push({ keyword: datum.name, id, init });
      }
    } else if (isIdentifier(item)) {
      if (out.optional.length > 0) throw syntaxError(who, "default-value expression missing", form, item);
      out.required.push(item);
    } else {
      const [id, init] = optionalSpec(item, form, who);
      out.optional.push({ id, init });
    }
  }
  const seen = new Set<string>();
  for (const id of formalIdentifiers(out)) {
    // Identifiers with the same name and scopes would be the same binding: Racket rejects them.
    const key = `${idName(id)}\u0000${id.scopes.join(",")}`;
    if (seen.has(key)) throw syntaxError(who, "duplicate argument name", form, id);
    seen.add(key);
  }
  return out;
}

function optionalSpec(spec: unknown, form: unknown, who: string): [Identifier, unknown] {
  const parts = syntaxList(spec);
  if (parts === undefined || parts.length !== 2 || !isIdentifier(parts[0])) throw syntaxError(who, "not an identifier or [identifier default]", form, spec);
  return [parts[0], parts[1]];
}
