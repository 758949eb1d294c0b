#lang racket
(define-syntax-rule (loop-until cond body ...)
  (let/ec break
    (let loop ()
      (when cond (break (void)))
      body ...
      (loop))))
(define n 0)
(loop-until (>= n 5) (set! n (+ n 2)))
(displayln n)
