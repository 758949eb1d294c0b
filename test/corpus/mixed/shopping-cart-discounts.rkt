#lang racket
(define cart '((book 12.99 2) (pen 1.5 10) (bag 45 1)))
(define (discount item qty price)
  (cond [(>= qty 10) 0.2] [(eq? item 'bag) 0.1] [else 0]))
(define lines
  (for/list ([c cart])
    (match-define (list item price qty) c)
    (define d (discount item qty price))
    (define total (* price qty (- 1 d)))
    (printf "~a ~a x ~a ~a~a\n" (~a item #:width 5) qty (~r price #:precision '(= 2)) (~r total #:precision '(= 2)) (if (> d 0) (format " (-~a%)" (exact-round (* d 100))) ""))
    total))
(printf "TOTAL ~a\n" (~r (apply + lines) #:precision '(= 2)))
