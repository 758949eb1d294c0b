// Symbols and keywords are interned, so `eq?` is reference equality and a symbol can key a JS Map.

const symbolTable = new Map<string, Sym>();

export class Sym {
  /** Use `sym(name)`; the constructor makes an uninterned symbol. */
  constructor(readonly name: string) {}
}

/** The interned symbol with this name. */
export function sym(name: string): Sym {
  let s = symbolTable.get(name);
  if (s === undefined) {
    s = new Sym(name);
    symbolTable.set(name, s);
  }
  return s;
}

export function isInterned(s: Sym): boolean {
  return symbolTable.get(s.name) === s;
}

let gensymCounter = 0;
/** A fresh uninterned symbol, printed like Racket's `gensym` (`g42`, or `base42`). */
export function gensym(base = "g"): Sym {
  return new Sym(`${base}${++gensymCounter}`);
}

const keywordTable = new Map<string, Keyword>();

/** `#:name`. */
export class Keyword {
  private constructor(readonly name: string) {}

  static intern(name: string): Keyword {
    let k = keywordTable.get(name);
    if (k === undefined) {
      k = new Keyword(name);
      keywordTable.set(name, k);
    }
    return k;
  }
}

export const keyword = (name: string): Keyword => Keyword.intern(name);
