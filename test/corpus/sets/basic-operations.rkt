#lang racket
;; Basic set algebra with racket/set.
(require racket/set)

(define evens (set 0 2 4 6 8 10))
(define threes (set 0 3 6 9))

(printf "evens: ~a\n" evens)
(printf "threes: ~a\n" threes)
(printf "union: ~a\n" (set-union evens threes))
(printf "intersection: ~a\n" (set-intersect evens threes))
(printf "evens - threes: ~a\n" (set-subtract evens threes))
(printf "symmetric difference: ~a\n" (set-symmetric-difference evens threes))
(printf "count: ~a, member 4? ~a, member 5? ~a\n" (set-count evens) (set-member? evens 4) (set-member? evens 5))
(printf "add 12: ~a\n" (set-add evens 12))
(printf "remove 0: ~a\n" (set-remove evens 0))
(printf "sorted list: ~a\n" (sort (set->list (set-union evens threes)) <))
(printf "empty? ~a ~a\n" (set-empty? (set)) (set-empty? evens))
