// The insert string of regexp-replace and regexp-replace*: `&` and `\0` stand for the whole
// match, `\N` for group N (all the digits that follow: `\12` is group 12; a group that did not
// match, or does not exist, inserts nothing), `\&` and `\\` for the characters themselves, `\$`
// for nothing, and a `\` before anything else (or at the end) for the whole match, as Racket's
// regexp-replace does (collects/racket/private/string.rkt, `replac`).

/** The replacement text for one match; `groups[0]` is the whole match, undefined for a group that did not match. */
export function expandInsert(insert: string, groups: ReadonlyArray<string | undefined>): string {
  if (insert.indexOf("&") < 0 && insert.indexOf("\\") < 0) return insert;
  const group = (n: number): string => groups[n] ?? "";
  let out = "";
  let i = 0;
  while (i < insert.length) {
    const c = insert[i]!;
    if (c === "&") {
      out += group(0);
      i++;
    } else if (c !== "\\") {
      out += c;
      i++;
    } else if (i + 1 >= insert.length) {
      out += group(0);
      i++;
    } else {
      const next = insert[i + 1]!;
      if (next === "&" || next === "\\") {
        out += next;
        i += 2;
      } else if (next === "$") {
        i += 2;
      } else if (next >= "0" && next <= "9") {
        let j = i + 1;
        while (j < insert.length && insert[j]! >= "0" && insert[j]! <= "9") j++;
        out += group(Number(insert.slice(i + 1, j)));
        i = j;
      } else {
        // The backslash stands for the match; the character after it is kept.
        out += group(0);
        i++;
      }
    }
  }
  return out;
}
