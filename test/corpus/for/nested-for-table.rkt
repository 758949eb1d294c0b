#lang racket
(for ([i (in-range 1 5)])
  (for ([j (in-range 1 5)])
    (display (~a (* i j) #:width 4 #:align 'right)))
  (newline))
