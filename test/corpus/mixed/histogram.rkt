#lang racket
(define rolls '(3 5 2 6 3 3 1 5 6 6 2 3 4 5 3))
(define freq (for/fold ([h (hash)]) ([r rolls]) (hash-update h r add1 0)))
(for ([face (in-range 1 7)])
  (define n (hash-ref freq face 0))
  (printf "~a | ~a ~a\n" face (make-string n #\#) n))
(printf "mode: ~a\n" (argmax (lambda (f) (hash-ref freq f 0)) (range 1 7)))
