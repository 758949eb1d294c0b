#lang racket
(define (to-binary n) (number->string n 2))
(for ([n '(0 1 5 10 255 1024)])
  (printf "~a = #b~a = #x~a = #o~a\n" n (to-binary n) (number->string n 16) (number->string n 8)))
(displayln #b1010)
(displayln #xFF)
(displayln #o17)
(displayln #e1.5)
(displayln #i3/4)
