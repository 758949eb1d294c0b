// Byte strings as Racket prints them in error messages (`~e`), for the JSON reader's "bad input
// starting #"..."" (the runtime has no byte-string values; only these messages show bytes).

/** Racket's escapes for control bytes that have a name. */
const NAMED: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 27: "\\e", 34: '\\"', 92: "\\\\" };

/** The error-message width (error-print-width), as for any value in a message. */
const WIDTH = 256;

/**
 * `#"..."`: printable ASCII as is, named escapes, other bytes in octal (three digits when an
 * octal digit follows, so that it cannot be read as part of the escape), cut to 256 characters.
 */
export function bytesText(bytes: ArrayLike<number>): string {
  let out = '#"';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const named = NAMED[b];
    if (named !== undefined) out += named;
    else if (b >= 32 && b <= 126) out += String.fromCharCode(b);
    else {
      const next = i + 1 < bytes.length ? bytes[i + 1]! : -1;
      const octal = b.toString(8);
      out += "\\" + (next >= 0x30 && next <= 0x37 ? octal.padStart(3, "0") : octal);
    }
  }
  out += '"';
  return out.length > WIDTH ? out.slice(0, WIDTH - 3) + "..." : out;
}
