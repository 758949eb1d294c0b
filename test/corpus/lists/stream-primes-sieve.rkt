#lang racket
(require racket/stream)
;; The classic infinite-stream sieve of Eratosthenes.
(define (integers-from n) (stream-cons n (integers-from (add1 n))))

(define (sieve s)
  (define p (stream-first s))
  (stream-cons p (sieve (stream-filter (lambda (x) (not (zero? (modulo x p)))) (stream-rest s)))))

(define primes (sieve (integers-from 2)))
(displayln (stream->list (stream-take primes 15)))
(printf "the 50th prime is ~a\n" (stream-ref primes 49))

;; Twin primes from the same stream
(define (twins s)
  (define a (stream-first s))
  (define b (stream-first (stream-rest s)))
  (if (= (- b a) 2)
      (stream-cons (list a b) (twins (stream-rest s)))
      (twins (stream-rest s))))
(displayln (stream->list (stream-take (twins primes) 6)))

;; Streams of squares and their partial sums
(define squares (stream-map (lambda (n) (* n n)) (integers-from 1)))
(define (partial-sums s [acc 0])
  (if (stream-empty? s)
      empty-stream
      (let ([next (+ acc (stream-first s))])
        (stream-cons next (partial-sums (stream-rest s) next)))))
(displayln (stream->list (stream-take (partial-sums squares) 8)))
(displayln (for/list ([x (in-stream squares)] [i 5]) x))
