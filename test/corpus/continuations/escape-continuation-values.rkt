#lang racket
(define-values (a b) (call/cc (lambda (k) (k 1 2))))
(printf "~a ~a\n" a b)
(displayln (call-with-values (lambda () (let/ec k (k 'x 'y))) list))
(displayln (let/ec k (dynamic-wind void (lambda () (k 'through-wind)) void)))
