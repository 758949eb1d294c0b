#lang racket
(define (bar fraction width)
  (define filled (exact-round (* fraction width)))
  (string-append "[" (make-string filled #\#) (make-string (- width filled) #\space) "] "
                 (~r (* 100 fraction) #:precision 0) "%"))
(for ([f '(0 0.25 0.5 0.9 1)])
  (displayln (bar f 20)))
