#lang racket
(define (chunk lst n)
  (let loop ([l lst] [acc '()])
    (if (null? l) (reverse acc)
        (let ([k (min n (length l))])
          (loop (drop l k) (cons (take l k) acc))))))
(displayln (chunk '(1 2 3 4 5 6 7) 3))
(displayln (chunk '() 2))
