// `struct`, `define-struct` and `struct-copy`.
//
// `(struct p super (x [y #:mutable]) #:transparent ...)` expands into one `define-values` of
// `struct:p`, the constructor, `p?`, the accessors and the mutators, whose values come from the
// run-time `%make-struct-type` (struct-primitives.ts) through `%struct-definition` (syntax.scm,
// which wraps the constructor when a `#:guard` applies). The derived names (`p-x`, `set-p-y!`)
// get the scopes of the name `p`, as Racket's `format-id` does, so they bind where `p` does.
//
// The struct name is bound to the constructor, whose value knows its struct type: patterns
// `(p a b)`, `struct-copy` and `(struct q p ...)` find the type by evaluating `p`. When the
// constructor has another name (`#:constructor-name`), the struct name is bound to the type.

import { Pair, Syntax, sym } from "@rlms/reader";
import {
  L,
  badSyntax,
  core,
  derivedId,
  idName,
  isIdentifier,
  keywordName,
  literal,
  quoted,
  syntaxError,
  syntaxErrorAt,
  syntaxList,
  type Identifier,
  type Transformer,
} from "./build.js";

interface FieldSpec {
  readonly id: Identifier;
  mutable: boolean;
  auto: boolean;
  readonly stx: unknown;
}

interface StructSpec {
  readonly name: Identifier;
  readonly parent: Identifier | undefined;
  readonly fields: FieldSpec[];
  transparent: boolean;
  constructorName: Identifier | undefined;
  extraConstructorName: Identifier | undefined;
  /** `#:name`: the identifier for the struct type in patterns and `struct-copy`. */
  staticName: Identifier | undefined;
  guard: unknown;
  autoValue: unknown;
  /** The expression for the gen:custom-write / prop:custom-write procedure, if any. */
  customWrite: unknown;
  prefab: boolean;
}

/** Options that take an argument, and what kind of argument. */
const OPTION_ARGUMENT: Record<string, "identifier" | "expression"> = {
  "constructor-name": "identifier",
  "extra-constructor-name": "identifier",
  name: "identifier",
  "extra-name": "identifier",
  guard: "expression",
  "auto-value": "expression",
  inspector: "expression",
  super: "expression",
};

/** Options Racket has and rlms refuses, with the reason. */
const REFUSED: Record<string, string> = {
  super: "#:super is not supported in rlms; name the parent struct after the struct name instead",
  "omit-define-values": "#:omit-define-values is not supported in rlms",
  "extra-name": "#:extra-name is not supported in rlms",
};

function parseFields(list: unknown, form: Syntax, who: string): FieldSpec[] {
  const items = syntaxList(list);
  if (items === undefined) throw syntaxErrorAt(who, "bad syntax;\n expected a parenthesized sequence of field descriptions", form, list);
  const fields: FieldSpec[] = [];
  for (const item of items) {
    if (isIdentifier(item)) {
      fields.push({ id: item, mutable: false, auto: false, stx: item });
      continue;
    }
    const parts = syntaxList(item);
    if (parts === undefined || parts.length === 0 || !isIdentifier(parts[0])) {
      throw syntaxErrorAt(who, "bad syntax;\n expected a field identifier or a parenthesized identifier and field-specification sequence", form, item);
    }
    const field: FieldSpec = { id: parts[0], mutable: false, auto: false, stx: item };
    for (const opt of parts.slice(1)) {
      const kw = keywordName(opt);
      if (kw === "mutable" || kw === "auto") {
        if (field[kw]) throw syntaxErrorAt(who, `redundant #:${kw} specification for field`, form, opt);
        field[kw] = true;
      } else if (kw !== undefined) {
        throw syntaxErrorAt(who, "unrecognized field-specification keyword", form, opt);
      } else {
        throw syntaxErrorAt(who, "bad syntax;\n expected a field-specification keyword", form, opt);
      }
    }
    fields.push(field);
  }
  const seen = new Set<string>();
  let sawAuto = false;
  for (const f of fields) {
    if (seen.has(idName(f.id))) throw syntaxErrorAt(who, "duplicate field identifier", form, f.id);
    seen.add(idName(f.id));
    if (sawAuto && !f.auto) throw syntaxErrorAt(who, "non-auto field after an auto field disallowed", form, f.id);
    sawAuto ||= f.auto;
  }
  return fields;
}

/** Parses `(struct name [super] (field ...) option ...)` or the `define-struct` form. */
function parseStruct(stx: Syntax, who: "struct" | "define-struct"): StructSpec {
  const items = syntaxList(stx);
  if (items === undefined || items.length < 2) throw badSyntax(who, stx);
  let name: unknown = items[1];
  let parent: unknown;
  let next = 2;
  if (who === "define-struct") {
    const head = syntaxList(name);
    if (head !== undefined && head.length === 2) [name, parent] = head;
  } else if (items.length > 2 && isIdentifier(items[2])) {
    parent = items[2];
    next = 3;
  }
  if (!isIdentifier(name)) throw syntaxErrorAt(who, "expected an identifier for the structure type name", stx, name);
  if (parent !== undefined && !isIdentifier(parent)) throw syntaxErrorAt(who, "expected an identifier for the parent structure type", stx, parent);
  if (items.length <= next) {
    if (next === 3) throw syntaxErrorAt(who, "bad syntax;\n expected a parenthesized sequence of field descriptions", stx, items[2]);
    throw syntaxError(who, "bad syntax;\n missing fields", stx);
  }
  const spec: StructSpec = {
    name,
    parent: parent as Identifier | undefined,
    fields: [],
    transparent: false,
    constructorName: undefined,
    extraConstructorName: undefined,
    staticName: undefined,
    guard: undefined,
    autoValue: undefined,
    customWrite: undefined,
    prefab: false,
  };
  let mutable = false;
  let inspectorSeen = false;
  spec.fields.push(...parseFields(items[next], stx, who));
  for (let i = next + 1; i < items.length; i++) {
    const opt = items[i];
    const kw = keywordName(opt);
    if (kw === undefined) throw syntaxErrorAt(who, "expected a struct-specification keyword", stx, opt);
    if (kw === "methods" || kw === "property") {
      const [name, value] = [items[i + 1], items[i + 2]];
      if (name === undefined || value === undefined || keywordName(name) !== undefined || keywordName(value) !== undefined) {
        throw syntaxErrorAt(who, `bad syntax;\n expected 2 ${kw === "methods" ? "identifier and expression" : "expression"} after keyword`, stx, opt);
      }
      i += 2;
      if (spec.customWrite !== undefined) throw syntaxErrorAt(who, "a printer is already given for this structure type", stx, opt);
      spec.customWrite = kw === "methods" ? customWriteMethods(name, value, stx, who) : customWriteProperty(name, value, stx, who);
      continue;
    }
    const argKind = OPTION_ARGUMENT[kw];
    let arg: unknown;
    if (argKind !== undefined) {
      arg = items[i + 1];
      if (arg === undefined || keywordName(arg) !== undefined) throw syntaxErrorAt(who, `bad syntax;\n expected 1 ${argKind} after keyword`, stx, opt);
      i++;
      if (argKind === "identifier" && !isIdentifier(arg)) throw syntaxErrorAt(who, `need an identifier after #:${kw} specification`, stx, arg);
    }
    const refused = REFUSED[kw];
    if (refused !== undefined) throw syntaxErrorAt(who, refused, stx, opt);
    switch (kw) {
      case "mutable":
        if (mutable) throw syntaxErrorAt(who, "redundant #:mutable specification", stx, opt);
        mutable = true;
        break;
      case "prefab":
      case "transparent":
      case "inspector":
        if (inspectorSeen) throw syntaxErrorAt(who, "multiple #:inspector, #:transparent, or #:prefab specifications", stx, opt);
        inspectorSeen = true;
        // `#:inspector #f` is the other way to say transparent; any real inspector means opaque.
        spec.transparent = kw === "transparent" || kw === "prefab" || (arg instanceof Syntax && arg.e === false);
        spec.prefab = kw === "prefab";
        break;
      case "constructor-name":
      case "extra-constructor-name":
        if (spec.constructorName !== undefined || spec.extraConstructorName !== undefined) {
          throw syntaxErrorAt(who, "multiple #:constructor-name or #:extra-constructor-name specifications", stx, opt);
        }
        if (kw === "constructor-name") spec.constructorName = arg as Identifier;
        else spec.extraConstructorName = arg as Identifier;
        break;
      case "name":
        spec.staticName = arg as Identifier;
        break;
      case "guard":
        spec.guard = arg;
        break;
      case "auto-value":
        spec.autoValue = arg;
        break;
      case "authentic":
      case "sealed":
      case "omit-define-syntaxes":
        break; // no observable difference here
      default:
        throw syntaxErrorAt(who, "unrecognized struct-specification keyword", stx, opt);
    }
  }
  if (spec.prefab && spec.guard !== undefined) {
    throw syntaxErrorAt(who, "cannot provide #:guard specification for prefab structure type", stx, items.find((x) => keywordName(x) === "guard"));
  }
  if (mutable) {
    for (const f of spec.fields) {
      if (f.mutable) throw syntaxErrorAt(who, "redundant #:mutable specification in field", stx, f.stx);
      f.mutable = true;
    }
  }
  if (who === "define-struct" && spec.constructorName === undefined && spec.extraConstructorName === undefined) {
    spec.extraConstructorName = derivedId(`make-${idName(name)}`, name);
  }
  return spec;
}

/** The definitions a struct form expands into. */
function structDefinitions(spec: StructSpec, stx: Syntax, who: string): Syntax {
  const loc = stx.loc;
  const name = spec.name;
  const n = idName(name);
  const typeId = derivedId(`struct:${n}`, name);
  const constructor = spec.constructorName ?? name;
  const accessors = spec.fields.map((f) => derivedId(`${n}-${idName(f.id)}`, name));
  const mutators = spec.fields.filter((f) => f.mutable).map((f) => derivedId(`set-${n}-${idName(f.id)}!`, name));
  const parentError = spec.parent === undefined ? "" : syntaxErrorAt(who, "parent struct type not defined", stx, spec.parent).message;
  const make = L(
    loc,
    core("%make-struct-type", loc),
    quoted(name, loc),
    spec.parent ?? literal(false, loc),
    quoted(L(loc, ...spec.fields.map((f) => f.id)), loc),
    quoted(L(loc, ...spec.fields.map((f) => literal(f.mutable, loc))), loc),
    literal(spec.fields.filter((f) => f.auto).length, loc),
    spec.autoValue ?? literal(false, loc),
    literal(spec.transparent, loc),
    spec.guard ?? literal(false, loc),
    quoted(constructor, loc),
    literal(parentError, loc),
    spec.customWrite ?? literal(false, loc),
    literal(spec.prefab, loc),
  );
  const forms: unknown[] = [
    L(
      loc,
      core("define-values", loc),
      L(loc, typeId, constructor, derivedId(`${n}?`, name), ...accessors, ...mutators),
      L(loc, core("%struct-definition", loc), make, quoted(name, loc)),
    ),
  ];
  if (spec.extraConstructorName !== undefined) forms.push(L(loc, core("define", loc), spec.extraConstructorName, constructor));
  // The name patterns and struct-copy use must evaluate to the constructor or the type.
  const staticName = spec.staticName ?? name;
  if (staticName !== constructor) forms.push(L(loc, core("define", loc), staticName, typeId));
  return L(loc, core("begin", loc), ...forms);
}

/**
 * `#:methods gen:custom-write [(define (write-proc v port mode) ...) ...]`: the definitions are
 * a body whose value is `write-proc` (or a marker the run-time check reports, when they do not
 * define it). Other generic interfaces are refused.
 */
function customWriteMethods(generic: unknown, methods: unknown, stx: Syntax, who: string): unknown {
  if (!isIdentifier(generic)) throw syntaxErrorAt(who, "bad syntax;\n expected an identifier for a generic interface after #:methods", stx, generic);
  if (idName(generic) !== "gen:custom-write") {
    throw syntaxErrorAt(who, `#:methods ${idName(generic)} is not supported in rlms (gen:custom-write is)`, stx, generic);
  }
  const definitions = syntaxList(methods);
  if (definitions === undefined) throw syntaxErrorAt(who, "bad syntax;\n expected a sequence of method definitions after the generic interface", stx, methods);
  const loc = stx.loc;
  const defined = definitions.find((d) => definedName(d) === "write-proc");
  const writeProc = defined === undefined ? quoted(new Syntax(sym("%no-write-proc"), loc, []), loc) : definedId(defined)!;
  return L(loc, core("let", loc), L(loc), ...definitions, writeProc);
}

/** `#:property prop:custom-write proc`; other properties are refused. */
function customWriteProperty(property: unknown, value: unknown, stx: Syntax, who: string): unknown {
  if (!isIdentifier(property) || idName(property) !== "prop:custom-write") {
    throw syntaxErrorAt(who, "#:property is supported in rlms for prop:custom-write only", stx, property);
  }
  return value;
}

/** The identifier a `(define id ...)` or `(define (id . args) ...)` form defines. */
function definedId(form: unknown): Identifier | undefined {
  const parts = syntaxList(form);
  if (parts === undefined || parts.length < 2 || !isIdentifier(parts[0]) || idName(parts[0]) !== "define") return undefined;
  let target = parts[1];
  // Curried heads: `(define ((f a) b) ...)` defines f.
  for (let head = syntaxList(target); head !== undefined && head.length > 0; head = syntaxList(target)) target = head[0];
  if (isIdentifier(target)) return target;
  const e = target instanceof Syntax ? target.e : target;
  if (e instanceof Pair && isIdentifier(e.car)) return e.car;
  return undefined;
}

const definedName = (form: unknown): string | undefined => {
  const id = definedId(form);
  return id === undefined ? undefined : idName(id);
};

const struct: Transformer = (stx) => structDefinitions(parseStruct(stx, "struct"), stx, "struct");

const defineStruct: Transformer = (stx) => structDefinitions(parseStruct(stx, "define-struct"), stx, "define-struct");

/** `(struct-copy p v [field expr] ... [field #:parent q expr] ...)`. */
const structCopy: Transformer = (stx) => {
  const items = syntaxList(stx);
  if (items === undefined || items.length < 3) throw badSyntax("struct-copy", stx);
  const loc = stx.loc;
  const typeName = items[1];
  if (!isIdentifier(typeName)) throw syntaxErrorAt("struct-copy", "not an identifier for structure type", stx, typeName);
  const names: unknown[] = [];
  const owners: unknown[] = [];
  const values: unknown[] = [];
  const messages: unknown[] = [];
  for (const update of items.slice(3)) {
    const u = syntaxList(update);
    const field = u?.[0];
    const isParent = u !== undefined && u.length === 4 && keywordName(u[1]) === "parent" && isIdentifier(u[2]);
    if (u === undefined || !isIdentifier(field) || !(u.length === 2 || isParent)) {
      throw syntaxErrorAt(
        "struct-copy",
        "bad syntax;\n expected a field update of the form (<field-id> <expr>)\n or (<field-id> #:parent <parent-id> <expr>)",
        stx,
        update,
      );
    }
    names.push(field);
    owners.push(isParent ? u[2] : literal(false, loc));
    values.push(u[u.length - 1]);
    messages.push(literal(syntaxErrorAt("struct-copy", "field name not associated with the given structure type", stx, field).message, loc));
  }
  const notAType = syntaxErrorAt("struct-copy", "identifier is not bound to a structure type", stx, typeName).message;
  return L(
    loc,
    core("%struct-copy", loc),
    typeName,
    items[2],
    quoted(L(loc, ...names), loc),
    L(loc, core("list", loc), ...owners),
    L(loc, core("list", loc), ...values),
    literal(notAType, loc),
    quoted(L(loc, ...messages), loc),
  );
};

export const STRUCT_MACROS: ReadonlyArray<readonly [string, Transformer]> = [
  ["struct", struct],
  ["define-struct", defineStruct],
  ["struct-copy", structCopy],
];
