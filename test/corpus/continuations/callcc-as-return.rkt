#lang racket
(define (safe-div-all nums d)
  (call/cc (lambda (return)
    (map (lambda (n) (if (zero? d) (return 'division-by-zero) (/ n d))) nums))))
(displayln (safe-div-all '(10 20 30) 10))
(displayln (safe-div-all '(10 20 30) 0))
(define k2 #f)
(displayln (+ 1 (call/cc (lambda (k) (set! k2 k) 1))))
