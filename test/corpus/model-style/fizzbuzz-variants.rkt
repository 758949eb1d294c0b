#lang racket
;; FizzBuzz written three ways
(define (fizzbuzz n)
  (cond [(zero? (modulo n 15)) "FizzBuzz"]
        [(zero? (modulo n 3)) "Fizz"]
        [(zero? (modulo n 5)) "Buzz"]
        [else (number->string n)]))
(for ([i (in-range 1 16)]) (displayln (fizzbuzz i)))
(displayln (string-join (map fizzbuzz (range 1 21)) ", "))
(define (fizzbuzz2 n)
  (match (list (modulo n 3) (modulo n 5))
    [(list 0 0) 'FizzBuzz] [(list 0 _) 'Fizz] [(list _ 0) 'Buzz] [_ n]))
(println (map fizzbuzz2 (range 10 16)))
(define (fizzbuzz3 n)
  (define s (string-append (if (zero? (remainder n 3)) "Fizz" "") (if (zero? (remainder n 5)) "Buzz" "")))
  (if (string=? s "") n s))
(printf "~a\n" (for/list ([i (in-range 28 31)]) (fizzbuzz3 i)))
(printf "count of Fizz in 1..100: ~a\n" (count (lambda (i) (equal? (fizzbuzz i) "Fizz")) (range 1 101)))
