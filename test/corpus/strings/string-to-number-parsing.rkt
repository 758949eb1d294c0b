#lang racket
(define line "10 20 x 30 4.5")
(define nums (filter-map string->number (string-split line)))
(displayln nums)
(displayln (apply + nums))
(define (parse-kv s)
  (map (lambda (pair) (let ([kv (string-split pair "=")]) (cons (string->symbol (first kv)) (second kv))))
       (string-split s "&")))
(displayln (parse-kv "a=1&b=two&c=3"))
