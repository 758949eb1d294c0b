#lang racket
;; Taking elements out of a set one at a time, until it runs out.
(define (drain s)
  (let loop ([s s] [acc '()])
    (if (set-empty? s)
        (reverse acc)
        (loop (set-rest s) (cons (set-first s) acc)))))

(displayln (drain (set 30 10 20)))
(displayln (drain (set "b" "a")))
(displayln (set-first (set 42)))

;; Forgetting to check for the empty set:
(define (smallest s) (set-first s))
(displayln (smallest (set 5 7)))
(displayln (smallest (set)))
