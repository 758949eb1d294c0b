#lang racket
(define (print-evens lst)
  (for ([x lst])
    (when (even? x) (printf "even ~a\n" x))
    (unless (even? x) (printf "odd ~a\n" x))))
(print-evens '(1 2 3))
(displayln (when #f 'never))
(displayln (unless #f 'always))
