#lang racket
;; Prime numbers: sieve of Eratosthenes with a vector, and factorization
(define (sieve n)
  (define is-prime (make-vector (add1 n) #t))
  (vector-set! is-prime 0 #f)
  (vector-set! is-prime 1 #f)
  (for ([i (in-range 2 (add1 (integer-sqrt n)))] #:when (vector-ref is-prime i))
    (for ([j (in-range (* i i) (add1 n) i)])
      (vector-set! is-prime j #f)))
  (for/list ([i (in-range (add1 n))] #:when (vector-ref is-prime i)) i))
(printf "primes up to 50: ~a\n" (sieve 50))
(printf "count below 10000: ~a\n" (length (sieve 10000)))
(define (prime? n)
  (and (> n 1) (for/and ([d (in-range 2 (add1 (integer-sqrt n)))]) (not (zero? (remainder n d))))))
(printf "prime? ~a\n" (map (lambda (n) (cons n (prime? n))) '(1 2 9 17 91 97)))
(define (factorize n)
  (let loop ([n n] [d 2] [acc '()])
    (cond [(= n 1) (reverse acc)]
          [(> (* d d) n) (reverse (cons n acc))]
          [(zero? (remainder n d)) (loop (quotient n d) d (cons d acc))]
          [else (loop n (add1 d) acc)])))
(for ([n '(12 97 360 1001 65536 999999)])
  (printf "~a = ~a\n" n (string-join (map number->string (factorize n)) " x ")))
(define (twin-primes limit)
  (let ([ps (sieve limit)])
    (for/list ([a ps] [b (cdr ps)] #:when (= (- b a) 2)) (cons a b))))
(printf "twin primes below 100: ~a\n" (twin-primes 100))
(printf "sum of primes below 1000: ~a\n" (apply + (sieve 1000)))
(printf "goldbach 100: ~a\n" (for/first ([p (sieve 100)] #:when (prime? (- 100 p))) (list p (- 100 p))))
