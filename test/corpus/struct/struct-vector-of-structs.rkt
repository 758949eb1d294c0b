#lang racket
(struct particle (x v) #:mutable #:transparent)
(define ps (vector (particle 0 1) (particle 10 -2)))
(for ([step 3])
  (for ([p ps]) (set-particle-x! p (+ (particle-x p) (particle-v p)))))
(displayln ps)
(displayln (for/list ([p ps]) (particle-x p)))
