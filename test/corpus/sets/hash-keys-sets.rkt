#lang racket
;; Sets as hash keys and equal? on sets: group anagrams by their letter sets.
(define words '("listen" "silent" "enlist" "google" "gogole" "cat" "act" "tac" "dog"))

(define groups (make-hash))
(for ([w words])
  (hash-update! groups (list->set (string->list w)) (lambda (l) (cons w l)) '()))

(for ([g (sort (map (lambda (l) (sort l string<?)) (hash-values groups)) string<? #:key car)])
  (displayln g))

(displayln (equal? (set 1 2 3) (set 3 2 1)))
(displayln (equal? (set 1 2) (mutable-set 1 2)))
(displayln (equal? (set 'a) (seteq 'a)))
(define h (hash (set 'x 'y) "xy"))
(displayln (hash-ref h (set 'y 'x)))
(displayln (set (set 1 2) (set 2 1) (set 3)))
