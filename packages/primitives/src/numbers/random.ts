// Racket's pseudo-random generator: L'Ecuyer's MRG32k3a, seeded as in Sebastian Egner's SRFI-27
// implementation, which Racket CS uses (racket/src/cs/rumble/random.ss and the Chez kernel). The
// arithmetic is in doubles, exact below 2^53 as in the original. After the same `random-seed`,
// `(random k)`, `(random)` and `(random min max)` give the same sequence as Racket 8.7 CS.
// Racket's limit on k, 4294967087, is the first modulus m1.

const M1 = 4294967087;
const M2 = 4294944443;
const IM1 = 0xffffff2f;
const IM2 = 0xffffa6bb;
const A12 = 1403580;
const A13N = 810728;
const A21 = 527612;
const A23N = 1370589;
/** 1 / (m1 + 1) */
const NORM = 2.328306549295728e-10;

export const RANDOM_LIMIT = M1;

export class PseudoRandomGenerator {
  private x10 = 1;
  private x11 = 1;
  private x12 = 1;
  private x20 = 1;
  private x21 = 1;
  private x22 = 1;

  constructor(seed = Date.now() % 2 ** 31) {
    this.seed(seed);
  }

  /** `random-seed`: `k` is an integer in [0, 2^31). */
  seed(k: number): void {
    this.x10 = 1062452522;
    this.x11 = 2961816100;
    this.x12 = 342112271;
    this.x20 = 2854655037;
    this.x21 = 3321940838;
    this.x22 = 3542344109;
    this.seedHalf(k & 0xffff);
    this.seedHalf(Math.floor(k / 65536) & 0xffff);
  }

  private seedHalf(x: number): void {
    const step = (im: number): number => {
      // random-n!: two steps of a multiply-with-carry generator.
      const y1 = x & 0xffff;
      x = 30903 * y1 + Math.floor(x / 65536);
      const y2 = x & 0xffff;
      x = 30903 * y2 + Math.floor(x / 65536);
      return (y1 * 65536 + y2) % im;
    };
    const u32 = (a: number, b: number): number => (a + b) % 4294967296;
    this.x10 = 1 + (u32(this.x10, step(IM1 - 1)) % (IM1 - 1));
    this.x11 = u32(this.x11, step(IM1)) % IM1;
    this.x12 = u32(this.x12, step(IM1)) % IM1;
    this.x20 = 1 + (u32(this.x20, step(IM2 - 1)) % (IM2 - 1));
    this.x21 = u32(this.x21, step(IM2)) % IM2;
    this.x22 = u32(this.x22, step(IM2)) % IM2;
  }

  /** The next raw value, in [0, m1). */
  private next(): number {
    let x10 = A12 * this.x11 - A13N * this.x12;
    x10 -= Math.trunc(x10 / M1) * M1;
    if (x10 < 0) x10 += M1;
    this.x12 = this.x11;
    this.x11 = this.x10;
    this.x10 = x10;
    let x20 = A21 * this.x20 - A23N * this.x22;
    x20 -= Math.trunc(x20 / M2) * M2;
    if (x20 < 0) x20 += M2;
    this.x22 = this.x21;
    this.x21 = this.x20;
    this.x20 = x20;
    const y = x10 - x20;
    return y < 0 ? y + M1 : y;
  }

  /** `(random)`: a double in (0, 1). */
  real(): number {
    return (this.next() + 1) * NORM;
  }

  /** `(random n)` for 1 <= n <= 4294967087: an integer in [0, n), by rejection. */
  integer(n: number): number {
    const q = Math.trunc(M1 / n);
    const qn = q * n;
    for (;;) {
      const x = this.next();
      if (x < qn) return Math.floor(x / q);
    }
  }
}

/** The generator behind `random` and `random-seed` (Racket's current-pseudo-random-generator). */
export const defaultGenerator = new PseudoRandomGenerator();
