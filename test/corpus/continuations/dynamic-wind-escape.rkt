#lang racket
(define trail '())
(define (log! x) (set! trail (cons x trail)))
(define r
  (call/cc (lambda (k)
    (dynamic-wind
      (lambda () (log! 'in))
      (lambda () (log! 'body) (k 'escaped) (log! 'unreached))
      (lambda () (log! 'out))))))
(displayln r)
(displayln (reverse trail))
