#lang racket
(displayln (sequence->list (in-string "hi")))
(displayln (for/list ([x (in-list (range 5))] #:when (odd? x)) (* x x)))
(displayln (for/list ([i (in-range 3)] [j (in-range 10 20)]) (+ i j)))
(displayln (for/list ([(k v) (in-parallel '(a b) '(1 2))]) (list k v)))
(define-values (q r) (for/fold ([q 0] [r 17]) ([i (in-naturals)] #:break (< r 5)) (values (add1 q) (- r 5))))
(printf "~a ~a\n" q r)
