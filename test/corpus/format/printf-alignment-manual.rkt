#lang racket
(define items '(("a" . 1) ("bbbb" . 22) ("cc" . 333)))
(define w (apply max (map (compose string-length car) items)))
(for ([it items])
  (printf "~a~a : ~a\n" (car it) (make-string (- w (string-length (car it))) #\space) (cdr it)))
