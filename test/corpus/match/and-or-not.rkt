#lang racket
(define (test v)
  (match v
    [(and (? string?) (app string-length n)) (format "string of length ~a" n)]
    [(or 'a 'b) "a or b"]
    [(not (? number?)) "not a number"]
    [_ "a number"]))
(for ([v (list "hey" 'a 'b 'c 5)])
  (displayln (test v)))
