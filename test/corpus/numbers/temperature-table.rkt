#lang racket
(define (c->f c) (+ 32 (* 9/5 c)))
(for ([c '(-40 0 37 100)])
  (printf "~aC = ~aF\n" c (c->f c)))
(for ([c '(-40.0 36.6 21.5)])
  (printf "~aC = ~aF\n" c (c->f c)))
