// Padding as racket/format does it (`%pad` and `build-padding` in collects/racket/format.rkt):
// a multi-character pad string is repeated from its start on the left of the text and so that
// it ends with its end on the right. Lengths count code points.

import { codePointLength, codePointSlice } from "../strings/code-points.js";

export type Align = "left" | "right" | "center";

/** Repeats `pattern` to fill `n` code points: from its start on the left, ending with its end on the right. */
function padding(side: "left" | "right", pattern: string, n: number): string {
  if (n <= 0) return "";
  const length = codePointLength(pattern);
  if (length === 1) return pattern.repeat(n);
  const whole = pattern.repeat(Math.floor(n / length));
  const part = n % length;
  return side === "left" ? whole + codePointSlice(pattern, 0, part) : codePointSlice(pattern, length - part, length) + whole;
}

/** Pads `s` to `width` code points. */
export function pad(s: string, width: number, align: Align, left: string, right: string): string {
  const missing = width - codePointLength(s);
  if (missing <= 0) return s;
  const leftCount = align === "left" ? 0 : align === "right" ? missing : Math.floor(missing / 2);
  return padding("left", left, leftCount) + s + padding("right", right, missing - leftCount);
}

