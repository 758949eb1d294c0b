#lang racket
;; Finding duplicates and first repeats with a set of things already seen.
(define (duplicates lst)
  (let loop ([lst lst] [seen (set)] [dups (set)])
    (cond [(null? lst) dups]
          [(set-member? seen (car lst)) (loop (cdr lst) seen (set-add dups (car lst)))]
          [else (loop (cdr lst) (set-add seen (car lst)) dups)])))

(define (first-repeat lst)
  (define seen (mutable-set))
  (for/first ([x lst] #:when (begin0 (set-member? seen x) (set-add! seen x)))
    x))

(displayln (duplicates '(1 2 3 2 4 1 5 1)))
(displayln (duplicates '(a b c)))
(displayln (first-repeat '(3 1 4 1 5 9 2 6 5)))
(displayln (first-repeat '(1 2 3)))
(displayln (remove-duplicates '(3 1 4 1 5 9 2 6 5)))
(displayln (set-count (list->set '(3 1 4 1 5 9 2 6 5))))
