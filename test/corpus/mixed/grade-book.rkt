#lang racket
(define scores (hash "ann" '(90 85 100) "bob" '(70 65 80) "cy" '(88 92 79)))
(define (avg l) (/ (apply + l) (length l)))
(define (letter a) (cond [(>= a 90) "A"] [(>= a 80) "B"] [(>= a 70) "C"] [else "F"]))
(for ([name (sort (hash-keys scores) string<?)])
  (define a (avg (hash-ref scores name)))
  (printf "~a ~a ~a\n" (~a name #:width 5) (~r a #:precision '(= 1)) (letter a)))
(define best (argmax (lambda (n) (avg (hash-ref scores n))) (sort (hash-keys scores) string<?)))
(printf "best: ~a\n" best)
