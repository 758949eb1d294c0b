#lang racket
(define (parse-opt args)
  (match args
    [(list name) (list name 'default)]
    [(list name (? symbol? mode)) (list name mode)]
    [(list name (? number? n)) (list name (* n 2))]))
(displayln (parse-opt '(x)))
(displayln (parse-opt '(x fast)))
(displayln (parse-opt '(x 21)))
