#lang racket
(struct player (name hp pos) #:transparent)
(define (damage p n) (struct-copy player p [hp (max 0 (- (player-hp p) n))]))
(define (move p dx) (match p [(player n h x) (player n h (+ x dx))]))
(define p (player "hero" 10 0))
(displayln (move (damage p 3) 5))
(displayln (damage p 50))
(displayln p)
