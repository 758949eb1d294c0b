#lang racket
(define (factorize n)
  (let loop ([n n] [d 2] [acc '()])
    (cond [(= n 1) (reverse acc)]
          [(> (* d d) n) (reverse (cons n acc))]
          [(zero? (remainder n d)) (loop (quotient n d) d (cons d acc))]
          [else (loop n (add1 d) acc)])))
(define (show-factors n)
  (define groups (group-by identity (factorize n)))
  (string-join (for/list ([g groups]) (if (= 1 (length g)) (~a (car g)) (format "~a^~a" (car g) (length g)))) " * "))
(for ([n '(12 97 360 1001 1024 600851475143)])
  (printf "~a = ~a\n" n (show-factors n)))
