#lang racket
;; Subset relations between sets.
(define a (set 1 2 3))
(define b (set 1 2 3 4 5))
(define c (set 3 2 1))

(printf "a subset of b: ~a\n" (subset? a b))
(printf "b subset of a: ~a\n" (subset? b a))
(printf "a proper subset of b: ~a\n" (proper-subset? a b))
(printf "a proper subset of c: ~a\n" (proper-subset? a c))
(printf "a = c: ~a ~a\n" (set=? a c) (equal? a c))
(printf "empty subset of a: ~a\n" (subset? (set) a))

;; All subsets (the power set) of a small set
(define (power-set s)
  (if (set-empty? s)
      (list (set))
      (let* ([x (set-first s)]
             [rest (power-set (set-rest s))])
        (append rest (map (lambda (t) (set-add t x)) rest)))))
(define ps (power-set (set 'x 'y 'z)))
(printf "~a subsets\n" (length ps))
(for ([t (sort ps < #:key set-count)]) (displayln t))
