// racket/dict over hash tables and association lists, and list-prefix?; expected values recorded
// from Racket 8.7 (racket -e with the same expressions).
import { describe, expect, it } from "vitest";
import { ev, runScheme } from "../../../test/support/scheme.js";

describe("racket/dict", () => {
  const al = "(define al '((a . 1) (b . 2) (c . 3)))";
  it.each([
    ["(list (dict-ref al 'b) (dict-ref al 'z 0) (dict-ref al 'z (lambda () 'th)) (dict-has-key? al 'c) (dict-has-key? al 'q))", "(2 0 th #t #f)"],
    ["(dict-set al 'b 20)", "((a . 1) (b . 20) (c . 3))"],
    ["(dict-set al 'd 4)", "((a . 1) (b . 2) (c . 3) (d . 4))"],
    ["(dict-remove al 'b)", "((a . 1) (c . 3))"],
    ["(list (dict-keys al) (dict-values al) (dict->list al) (dict-count al))", "((a b c) (1 2 3) ((a . 1) (b . 2) (c . 3)) 3)"],
    ["(dict-update al 'a add1)", "((a . 2) (b . 2) (c . 3))"],
    ["(dict-update al 'z add1 10)", "((a . 1) (b . 2) (c . 3) (z . 11))"],
    ["(let ([h (hash 'x 1)]) (list (dict-ref h 'x) (dict-set h 'y 2) (dict-has-key? h 'x)))", "(1 #hash((x . 1) (y . 2)) #t)"],
    ["(with-handlers ([exn:fail? exn-message]) (dict-ref al 'zz))", `"dict-ref: no value for key: 'zz in: '((a . 1) (b . 2) (c . 3))"`],
  ])("%s", (expr, expected) => {
    expect(ev(`${al} ${expr}`)).toBe(expected);
  });

  // Mutation and traversal; orders are the tables' (dict-map and dict-for-each follow hash-map,
  // in-dict the iteration order), recorded from Racket 8.7.
  const mh = "(define mh (make-hash '((apple . 3) (banana . 5) (cherry . 7) (date . 1))))";
  it.each([
    ["(begin (dict-set! mh 'fig 2) (dict-update! mh 'apple add1) (dict-update! mh 'kiwi add1 0) (dict-remove! mh 'banana) (dict-map mh cons))", "((apple . 4) (fig . 2) (cherry . 7) (kiwi . 1) (date . 1))"],
    ["(let ([acc '()]) (dict-for-each mh (lambda (k v) (set! acc (cons k acc)))) (reverse acc))", "(banana apple cherry date)"],
    ["(list (dict-ref! mh 'zz 9) (dict-ref mh 'zz) (dict-empty? mh) (dict-empty? (hash)) (dict-empty? '()))", "(9 9 #f #t #t)"],
    ["(let ([ih (hash 'alice 1 'bob 2 'carol 3 'dave 4)]) (list (dict-map ih (lambda (k v) k)) (for/list ([(k v) (in-dict ih)]) k) (for/list ([k (in-dict-keys ih)]) k) (for/list ([v (in-dict-values ih)]) v)))", "((alice dave carol bob) (bob alice dave carol) (bob alice dave carol) (2 1 4 3))"],
    ["(list (for/list ([(k v) (in-dict al)]) (list k v)) (dict-map al (lambda (k v) (+ v 1))) (for/list ([k (in-dict-keys al)]) k))", "(((a 1) (b 2) (c 3)) (2 3 4) (a b c))"],
    ["(with-handlers ([exn:fail:contract? (lambda (e) (car (string-split (exn-message e) \"\\n  in:\")))]) (dict-set! al 'b 2))", String.raw`"dict-set!: contract violation\n  expected: (dict-implements/c dict-set!)\n  given: '((a . 1) (b . 2) (c . 3))"`],
  ])("%s", (expr, expected) => {
    expect(ev(`${al} ${mh} ${expr}`)).toBe(expected);
  });

  it("rejects what is not a dictionary with Racket's first line", () => {
    expect(runScheme("(dict-ref 5 'k)").result).toMatch(/^ERROR: dict-ref: contract violation\n  expected: dict\?\n  given: 5/);
  });
});

describe("list-prefix?", () => {
  it("compares with equal? or the given procedure (only the first elements, as Racket 8.7 does)", () => {
    expect(ev("(list (list-prefix? '(1 2) '(1 2 3)) (list-prefix? '(1 3) '(1 2 3)) (list-prefix? '() '()) (list-prefix? '(1 2 3) '(1 2)))")).toBe("(#t #f #t #f)");
    expect(ev("(list (list-prefix? '(1 2) '(1.0 2.0) =) (list-prefix? '(2) '(2.0) =))")).toBe("(#f #t)");
  });
});
