// Characters are Unicode scalar values, interned so that `eq?` works on them as in Racket.

const charTable = new Map<number, Char>();

export class Char {
  private constructor(readonly code: number) {}

  static of(code: number): Char {
    let c = charTable.get(code);
    if (c === undefined) {
      c = new Char(code);
      charTable.set(code, c);
    }
    return c;
  }

  /** The character as a JS string (one or two UTF-16 units). */
  get text(): string {
    return String.fromCodePoint(this.code);
  }
}

export const char = (code: number): Char => Char.of(code);

export function isScalarValue(code: number): boolean {
  return code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
