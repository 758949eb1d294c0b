#lang racket
(for ([name '("ann" "bob")])
  (define greeting (string-append "hi " name))
  (define len (string-length greeting))
  (printf "~a (~a)\n" greeting len))
(displayln (for/list ([i 3])
  (define sq (* i i))
  (+ sq 1)))
