#lang racket
;; Taking the head of a filtered list that turns out empty
(define inventory '(("pen" 3) ("book" 0) ("lamp" 12)))
(define in-stock (filter (lambda (p) (positive? (second p))) inventory))
(printf "in stock: ~a\n" (map first in-stock))
(printf "first in stock: ~a\n" (first (first in-stock)))
(define expensive (filter (lambda (p) (> (second p) 100)) inventory))
(printf "expensive: ~a\n" expensive)
(printf "first expensive: ~a\n" (first expensive))
