#lang racket
(displayln (for*/last ([i 3] [j 3]) (list i j)))
(displayln (for*/and ([i 3] [j 3]) (< (+ i j) 5)))
(displayln (for*/or ([i 3] [j 3]) (and (= (* i j) 4) (list i j))))
(displayln (for*/product ([i (in-range 1 3)] [j (in-range 1 3)]) (+ i j)))
(displayln (for*/fold ([acc 0]) ([i 3] [j 3]) (+ acc i j)))
