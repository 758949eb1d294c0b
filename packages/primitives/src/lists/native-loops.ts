// map, for-each, filter, foldl, foldr, andmap and ormap when the procedure is a primitive
// (`(map car l)`, `(filter even? l)`, `(foldl + 0 l)`): the loop runs in TypeScript and calls the
// primitive's function directly, some ten times faster than the Scheme loop. A primitive cannot
// capture a continuation or call back, so nothing observable changes: the same calls in the same
// order, the same errors. scheme/prelude.scm checks the arguments first, then takes this path
// when `%native-procedure?` says so.

import { Pair, VOID } from "@rlms/reader";
import { definePrimitive, type Primitive } from "@rlms/evaluator";
import { ListBuilder } from "./checks.js";

type Fn1 = (x: unknown) => unknown;
type Fn2 = (x: unknown, y: unknown) => unknown;

const fn1 = (f: Primitive): Fn1 => f.fn as Fn1;
const fn2 = (f: Primitive): Fn2 => f.fn as Fn2;

const mapNative = definePrimitive("map", 2, (f: Primitive, l: unknown) => {
  const call = fn1(f);
  const out = new ListBuilder();
  for (let p = l; p instanceof Pair; p = p.cdr) out.push(call(p.car));
  return out.list;
});

const map2Native = definePrimitive("map", 3, (f: Primitive, l1: unknown, l2: unknown) => {
  const call = fn2(f);
  const out = new ListBuilder();
  for (let p = l1, q = l2; p instanceof Pair && q instanceof Pair; p = p.cdr, q = q.cdr) out.push(call(p.car, q.car));
  return out.list;
});

const forEachNative = definePrimitive("for-each", 2, (f: Primitive, l: unknown) => {
  const call = fn1(f);
  for (let p = l; p instanceof Pair; p = p.cdr) call(p.car);
  return VOID;
});

const filterNative = definePrimitive("filter", 2, (f: Primitive, l: unknown) => {
  const call = fn1(f);
  const out = new ListBuilder();
  for (let p = l; p instanceof Pair; p = p.cdr) if (call(p.car) !== false) out.push(p.car);
  return out.list;
});

const foldlNative = definePrimitive("foldl", 3, (f: Primitive, init: unknown, l: unknown) => {
  const call = fn2(f);
  let acc = init;
  for (let p = l; p instanceof Pair; p = p.cdr) acc = call(p.car, acc);
  return acc;
});

const foldrNative = definePrimitive("foldr", 3, (f: Primitive, init: unknown, l: unknown) => {
  const call = fn2(f);
  const items: unknown[] = [];
  for (let p = l; p instanceof Pair; p = p.cdr) items.push(p.car);
  let acc = init;
  for (let i = items.length - 1; i >= 0; i--) acc = call(items[i], acc);
  return acc;
});

const andmapNative = definePrimitive("andmap", 2, (f: Primitive, l: unknown) => {
  const call = fn1(f);
  let result: unknown = true;
  for (let p = l; p instanceof Pair; p = p.cdr) {
    result = call(p.car);
    if (result === false) return false;
  }
  return result;
});

const ormapNative = definePrimitive("ormap", 2, (f: Primitive, l: unknown) => {
  const call = fn1(f);
  for (let p = l; p instanceof Pair; p = p.cdr) {
    const result = call(p.car);
    if (result !== false) return result;
  }
  return false;
});

export const NATIVE_LOOP_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ["%map-native", mapNative],
  ["%map2-native", map2Native],
  ["%for-each-native", forEachNative],
  ["%filter-native", filterNative],
  ["%foldl-native", foldlNative],
  ["%foldr-native", foldrNative],
  ["%andmap-native", andmapNative],
  ["%ormap-native", ormapNative],
];
