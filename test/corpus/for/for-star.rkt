#lang racket
(displayln (for*/list ([i 3] [j 2]) (list i j)))
(displayln (for*/list ([i 4] [j (in-range i)]) (cons i j)))
(for* ([x '(1 2)] [y '(a b)])
  (printf "~a~a " x y))
(newline)
(displayln (for*/sum ([i 3] [j 3]) (* i j)))
(displayln (for*/first ([i 5] [j 5] #:when (= (* i j) 6)) (list i j)))
