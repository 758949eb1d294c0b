#lang racket
(define (grade n)
  (match n
    [(? (lambda (x) (>= x 90))) 'A]
    [(? (lambda (x) (>= x 80))) 'B]
    [(? (lambda (x) (>= x 70))) 'C]
    [_ 'F]))
(displayln (map grade '(95 85 75 65)))
(define (fizz n)
  (match (list (modulo n 3) (modulo n 5))
    [(list 0 0) "FizzBuzz"] [(list 0 _) "Fizz"] [(list _ 0) "Buzz"] [_ n]))
(displayln (map fizz (range 1 16)))
