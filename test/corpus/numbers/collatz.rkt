#lang racket
(define (collatz-steps n)
  (let loop ([n n] [steps 0])
    (cond [(= n 1) steps]
          [(even? n) (loop (quotient n 2) (add1 steps))]
          [else (loop (+ (* 3 n) 1) (add1 steps))])))
(for ([n '(1 7 27 97)])
  (printf "collatz(~a) = ~a\n" n (collatz-steps n)))
(displayln (argmax collatz-steps (range 1 30)))
