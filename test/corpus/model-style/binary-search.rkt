#lang racket
;; Binary search over a sorted vector
(define (binary-search vec target)
  (let loop ([lo 0] [hi (sub1 (vector-length vec))])
    (if (> lo hi)
        #f
        (let* ([mid (quotient (+ lo hi) 2)] [v (vector-ref vec mid)])
          (cond [(= v target) mid]
                [(< v target) (loop (add1 mid) hi)]
                [else (loop lo (sub1 mid))])))))
(define sorted (for/vector ([i (in-range 0 100 3)]) i))
(printf "vector: ~a\n" sorted)
(for ([t '(0 3 48 99 50 -1 100)])
  (printf "search ~a: ~a\n" t (binary-search sorted t)))
(define (lower-bound vec target)
  (let loop ([lo 0] [hi (vector-length vec)])
    (if (>= lo hi) lo
        (let ([mid (quotient (+ lo hi) 2)])
          (if (< (vector-ref vec mid) target) (loop (add1 mid) hi) (loop lo mid))))))
(printf "insertion points: ~a\n" (map (lambda (t) (lower-bound sorted t)) '(-5 4 50 1000)))
(define (integer-sqrt* n)
  (let loop ([lo 0] [hi n])
    (if (> lo hi) hi
        (let ([mid (quotient (+ lo hi) 2)])
          (if (<= (* mid mid) n) (loop (add1 mid) hi) (loop lo (sub1 mid)))))))
(printf "isqrt: ~a ~a ~a\n" (integer-sqrt* 99) (integer-sqrt* 100) (integer-sqrt* (expt 10 30)))
(define (bisect f lo hi [eps 1e-10])
  (let loop ([lo lo] [hi hi])
    (define mid (/ (+ lo hi) 2))
    (if (< (- hi lo) eps) mid
        (if (positive? (* (f lo) (f mid))) (loop mid hi) (loop lo mid)))))
(printf "root of x^2-2: ~a\n" (~r (bisect (lambda (x) (- (* x x) 2)) 0.0 2.0) #:precision 8))
(printf "exact bisection steps: ~a\n" (bisect (lambda (x) (- x 1/3)) 0 1 1/16))
