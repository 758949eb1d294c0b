#lang racket
(define numerals '((1000 . "M") (900 . "CM") (500 . "D") (400 . "CD") (100 . "C") (90 . "XC")
                   (50 . "L") (40 . "XL") (10 . "X") (9 . "IX") (5 . "V") (4 . "IV") (1 . "I")))
(define (->roman n)
  (let loop ([n n] [ps numerals] [acc ""])
    (cond [(zero? n) acc]
          [(>= n (caar ps)) (loop (- n (caar ps)) ps (string-append acc (cdar ps)))]
          [else (loop n (cdr ps) acc)])))
(for ([n '(1 4 9 14 40 90 400 1994 2024 3999)])
  (printf "~a = ~a\n" n (->roman n)))
