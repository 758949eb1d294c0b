#lang racket
(match '((a 1 2) (b 3) (c))
  [(list (list names vals ...) ...)
   (displayln names)
   (displayln vals)])
(match '(1 2 3)
  [(list (? odd? odds) ... 2 rest ...) (printf "~a ~a\n" odds rest)]
  [_ (displayln "no")])
(match '(1 3 5 2 4)
  [(list (? odd? o) ..1 evens ...) (printf "odds ~a evens ~a\n" o evens)])
