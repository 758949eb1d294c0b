#lang racket
(define people '(("alice" (age 30) (city "Paris"))
                 ("bob" (age 25) (city "Rome"))))
(for ([p people])
  (match p
    [(list name (list 'age age) (list 'city city))
     (printf "~a is ~a and lives in ~a\n" name age city)]))
