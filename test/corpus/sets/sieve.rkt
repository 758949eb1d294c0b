#lang racket
;; Primes below 50 with sets: start from all numbers, remove multiples.
(define limit 50)
(define candidates (for/set ([i (in-range 2 limit)]) i))

(define primes
  (for/fold ([s candidates]) ([p (in-range 2 (add1 (integer-sqrt limit)))])
    (if (set-member? s p)
        (set-subtract s (for/set ([m (in-range (* p p) limit p)]) m))
        s)))

(displayln (sort (set->list primes) <))
(printf "~a primes\n" (set-count primes))
(displayln primes)
(define twin-primes
  (for/list ([p (sort (set->list primes) <)] #:when (set-member? primes (+ p 2)))
    (list p (+ p 2))))
(displayln twin-primes)
