// Elementary functions on doubles, correctly rounded in practice (computed in double-double
// arithmetic, about 100 bits, then rounded once).
//
// Why not Math.exp and friends: V8's are fdlibm ports, accurate to within one ulp but not
// correctly rounded, and Racket CS calls the C library (glibc), whose modern implementations are.
// On random arguments V8 and glibc disagree in the last bit for 2-18% of calls (atan2 the most,
// pow 10%: Math.pow(2, 1.5) is 2.82842712474619 where glibc says 2.8284271247461903), which makes
// `(log 9 3)` 2.0000000000000004 instead of Racket's 2.0. Rounding a 100-bit result agrees with
// glibc except for the rare arguments where glibc itself is not correctly rounded. Subnormal
// results of exp and pow may still be off by one unit in the last (subnormal) place.

/** A double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi)/2. */
class DD {
  constructor(
    readonly hi: number,
    readonly lo: number,
  ) {}
}

const dd = (x: number): DD => new DD(x, 0);

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return new DD(s, a - (s - bb) + (b - bb));
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return new DD(s, b - (s - a));
}

const SPLITTER = 134217729; // 2^27 + 1

/** The exact product a * b as a double-double (Dekker); |a|, |b| must be below 2^996. */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return new DD(p, ah * bh - p + ah * bl + al * bh + al * bl);
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  const u = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(u.hi, u.lo + t.lo);
}

const neg = (a: DD): DD => new DD(-a.hi, -a.lo);
const sub = (a: DD, b: DD): DD => add(a, neg(b));

function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

function mulD(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = sub(a, mulD(b, q1));
  const q2 = r.hi / b.hi;
  r = sub(r, mulD(b, q2));
  const q3 = r.hi / b.hi;
  return add(quickTwoSum(q1, q2), dd(q3));
}

function divD(a: DD, b: number): DD {
  const q1 = a.hi / b;
  const r = sub(a, twoProd(q1, b));
  const q2 = (r.hi + r.lo) / b;
  return quickTwoSum(q1, q2);
}

function sqrtDD(a: DD): DD {
  if (a.hi <= 0) return dd(0);
  const s = Math.sqrt(a.hi);
  const p = twoProd(s, s);
  return quickTwoSum(s, (a.hi - p.hi - p.lo + a.lo) / (2 * s));
}

const LN2 = new DD(0.6931471805599453, 2.3190468138462996e-17);
const LN2_3 = 5.707708438416212e-34;
const PIO2 = new DD(1.5707963267948966, 6.123233995736766e-17);
const PIO2_PARTS = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33, 5.562271104316826e-50];
const PI = new DD(3.141592653589793, 1.2246467991473532e-16);
const PIO4 = 0.7853981633974483;
const THREE_PIO4 = 2.356194490192345;

/** 2^k for any integer k a double can be scaled by in two steps. */
function scale(x: number, k: number): number {
  if (k > 1000) return x * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return x * 2 ** -1000 * 2 ** (k + 1000);
  return x * 2 ** k;
}

/** EXP_C[n] = 1/n! as double-doubles, n = 0..10. */
const EXP_C: DD[] = [dd(1)];
for (let n = 1; n <= 10; n++) EXP_C.push(divD(EXP_C[n - 1]!, n));

/** e^a - 1 for |a| <= 0.35, as a double-double. */
function expm1Reduced(a: DD): DD {
  // Divide by 2^8, sum the Taylor series by Horner's rule (ten terms suffice below 0.0014), then
  // undo the division by squaring: (1 + e)^2 - 1 = 2e + e^2.
  const s = new DD(a.hi / 256, a.lo / 256);
  let acc = EXP_C[10]!;
  for (let n = 9; n >= 1; n--) acc = add(mul(acc, s), EXP_C[n]!);
  let sum = mul(acc, s);
  for (let i = 0; i < 8; i++) sum = add(new DD(2 * sum.hi, 2 * sum.lo), mul(sum, sum));
  return sum;
}

/** e^a as (mantissa double-double, power of two), for |a.hi| < 746. */
function expDD(a: DD): [DD, number] {
  const k = Math.round(a.hi / LN2.hi);
  // a - k ln2, with k * ln2 formed exactly from three parts of ln 2.
  let r = sub(a, twoProd(k, LN2.hi));
  r = sub(r, twoProd(k, LN2.lo));
  r = sub(r, dd(k * LN2_3));
  return [add(dd(1), expm1Reduced(r)), k];
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.7827128933841) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 2 ** -54) return 1;
  const [m, k] = expDD(dd(x));
  return scale(m.hi + m.lo, k);
}

/** Splits a positive finite x into m * 2^e with m in [sqrt(1/2), sqrt(2)). */
function decompose(x: number): [number, number] {
  let e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  if (e < -1022) {
    // 2^e is subnormal (or zero): scale in two steps.
    m = x * 2 ** 600 / 2 ** (e + 600);
  }
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** ln x for positive finite x, as a double-double. */
function logDD(x: number): DD {
  const [m, e] = decompose(x);
  // One Newton step on e^y = m from y0 = Math.log(m), plus the quadratic term of log1p:
  // y = y0 + log(m e^-y0) = y0 + d - d^2/2 with d = m e^-y0 - 1 tiny.
  const y0 = Math.log(m);
  const [em, k] = expDD(dd(-y0));
  const d = sub(mulD(new DD(scale(em.hi, k), scale(em.lo, k)), m), dd(1));
  const y = add(dd(y0), add(d, dd((-d.hi * d.hi) / 2)));
  if (e === 0) return y;
  return add(add(twoProd(e, LN2.hi), twoProd(e, LN2.lo)), add(dd(e * LN2_3), y));
}

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  const r = logDD(x);
  return r.hi + r.lo;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/** C99's pow (glibc's, which Racket calls): pow(1, y) and pow(x, 0) are 1 even for NaN. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (isOddInteger(y)) sign = -1;
    x = -x;
  }
  if (y === 0.5) return sign * Math.sqrt(x);
  const p = mulD(logDD(x), y);
  if (p.hi > 709.8) return sign * Infinity;
  if (p.hi < -745.2) return sign * 0;
  const [m, k] = expDD(p);
  return sign * scale(m.hi + m.lo, k);
}

// Trigonometric functions: reduce the argument modulo pi/2, then Taylor series in double-double.


// Taylor coefficients as double-doubles: SIN_C[k] = (-1)^k / (2k+1)!, COS_C[k] = (-1)^k / (2k)!.
// Fifteen terms bring the truncation error below 2^-110 for |r| <= pi/4.
const SIN_C: DD[] = [];
const COS_C: DD[] = [];
{
  let f = dd(1);
  for (let n = 1; n <= 31; n++) {
    f = divD(f, n);
    const signed = (n >> 1) % 2 === 1 ? neg(f) : f;
    if (n % 2 === 1) SIN_C.push(signed);
    else COS_C.push(signed);
  }
  COS_C.unshift(dd(1));
}

/** sin r for |r| <= pi/4 (about), by Horner's rule in r^2. */
function sinReduced(r: DD): DD {
  const r2 = mul(r, r);
  let acc = SIN_C[SIN_C.length - 1]!;
  for (let k = SIN_C.length - 2; k >= 1; k--) acc = add(mul(acc, r2), SIN_C[k]!);
  return add(r, mul(mul(r, r2), acc));
}

/** cos r for |r| <= pi/4 (about). */
function cosReduced(r: DD): DD {
  const r2 = mul(r, r);
  let acc = COS_C[COS_C.length - 1]!;
  for (let k = COS_C.length - 2; k >= 1; k--) acc = add(mul(acc, r2), COS_C[k]!);
  return add(dd(1), mul(r2, acc));
}

/** 2/pi to 1300 bits (floor(2^1300 * 2/pi)), for reducing huge arguments exactly. */
const TWO_OVER_PI = BigInt(
  "0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1d" +
    "eb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b" +
    "5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b" +
    "6babf0cfbc209af4361da9e39",
);
const TWO_OVER_PI_BITS = 1300n;

/** x mod pi/2 as (quadrant, remainder in [-pi/4, pi/4]). */
function reduce(x: number): [number, DD] {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) return [0, dd(x)];
  if (ax < 2 ** 20) {
    // Cody and Waite with pi/2 in four parts; each k * part is formed exactly.
    const k = Math.round(x * 0.6366197723675814);
    let r = sub(dd(x), twoProd(k, PIO2_PARTS[0]!));
    r = sub(r, twoProd(k, PIO2_PARTS[1]!));
    r = sub(r, twoProd(k, PIO2_PARTS[2]!));
    r = sub(r, dd(k * PIO2_PARTS[3]!));
    return [k & 3, r];
  }
  // Payne and Hanek, exactly in BigInt: x = mant * 2^exp, and x * 2/pi = mant * T * 2^(exp - 1300).
  let exp2 = Math.floor(Math.log2(ax)) - 52;
  while (!Number.isInteger(ax / 2 ** exp2)) exp2--;
  const mant = BigInt(ax / 2 ** exp2);
  const prod = mant * TWO_OVER_PI;
  const shift = TWO_OVER_PI_BITS - BigInt(exp2);
  let k = prod >> shift;
  const frac = prod - (k << shift);
  // The top 160 bits of the fraction, as a double-double in [0, 1).
  const top = frac >> (shift - 160n);
  const hi = Number(top) / 2 ** 160;
  const lo = Number(top - BigInt(hi * 2 ** 160)) / 2 ** 160;
  let f = quickTwoSum(hi, lo);
  if (f.hi > 0.5) {
    f = sub(f, dd(1));
    k += 1n;
  }
  let r = mul(f, PIO2);
  let q = Number(k & 3n);
  if (x < 0) {
    r = neg(r);
    q = (4 - q) & 3;
  }
  return [q, r];
}

/** sin(q pi/2 + r). */
function sinQuadrant(q: number, r: DD): DD {
  const v = q & 1 ? cosReduced(r) : sinReduced(r);
  return q & 2 ? neg(v) : v;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const [q, r] = reduce(x);
  const s = sinQuadrant(q, r);
  return s.hi + s.lo;
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const [q, r] = reduce(x);
  const c = sinQuadrant(q + 1, r);
  return c.hi + c.lo;
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const [q, r] = reduce(x);
  const t = div(sinQuadrant(q, r), sinQuadrant(q + 1, r));
  return t.hi + t.lo;
}

/** atan of a nonnegative double-double. */
function atanDD(q: DD): DD {
  if (q.hi > 1) return sub(PIO2, atanDD(div(dd(1), q)));
  // Newton's step on tan y = q from y0 = Math.atan(q): y1 = y0 + cos y0 (q cos y0 - sin y0).
  const y0 = Math.atan(q.hi);
  if (y0 === 0) return q;
  const y = dd(y0);
  const c = cosReduced(y);
  return add(y, mul(c, sub(mul(q, c), sinReduced(y))));
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < 2 ** -27) return x;
  if (x === Infinity) return PIO2.hi;
  if (x === -Infinity) return -PIO2.hi;
  const a = atanDD(dd(Math.abs(x)));
  const r = a.hi + a.lo;
  return x < 0 ? -r : r;
}

/** The angle of (x, y) for finite nonzero double-doubles, in [0, pi] for y > 0. */
function angleDD(y: DD, x: DD): DD {
  const a = atanDD(div(y.hi < 0 ? neg(y) : y, x.hi < 0 ? neg(x) : x));
  return x.hi < 0 ? sub(PI, a) : a;
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const negY = y < 0 || Object.is(y, -0);
  const negX = x < 0 || Object.is(x, -0);
  let r: number;
  if (y === 0) r = negX ? PI.hi : 0;
  else if (x === 0) r = PIO2.hi;
  else if (!Number.isFinite(x)) {
    if (!Number.isFinite(y)) r = negX ? THREE_PIO4 : PIO4;
    else r = negX ? PI.hi : 0;
  } else if (!Number.isFinite(y)) r = PIO2.hi;
  else {
    // Only the ratio matters: bring the larger magnitude near 1 so that the double-double
    // arithmetic neither overflows nor loses the smaller one to underflow needlessly.
    const e = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
    const sx = scale(Math.abs(x), -e);
    const sy = scale(Math.abs(y), -e);
    if (sy < 2 ** -900) {
      // atan(t) rounds to t for such tiny t; and pi - t to pi.
      r = negX ? PI.hi : Math.abs(y) / Math.abs(x);
    } else if (sx < 2 ** -900) {
      r = PIO2.hi;
    } else {
      const a = angleDD(dd(sy), dd(negX ? -sx : sx));
      r = a.hi + a.lo;
    }
  }
  return negY ? -r : r;
}

/** asin for |x| <= 1 (NaN outside). */
export function asin(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  if (Math.abs(x) === 1) return x * PIO2.hi;
  const p = twoProd(x, x);
  const c = sqrtDD(sub(dd(1), p));
  const a = angleDD(dd(Math.abs(x)), c);
  const r = a.hi + a.lo;
  return x < 0 ? -r : r;
}

/** acos for |x| <= 1 (NaN outside). */
export function acos(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI.hi;
  if (x === 0) return PIO2.hi;
  const p = twoProd(x, x);
  const s = sqrtDD(sub(dd(1), p));
  const a = angleDD(s, dd(x));
  return a.hi + a.lo;
}
