#lang racket
(define calls 0)
(define expensive (delay (set! calls (add1 calls)) (apply + (range 101))))
(displayln (list (force expensive) (force expensive) calls))
(define ps (for/list ([i 3]) (delay (* i 100))))
(displayln (map force ps))
(displayln (promise-forced? (car ps)))
