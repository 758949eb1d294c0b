#lang racket
;; A define/memo macro and dynamic programming with it
(define-syntax-rule (define/memo (name arg ...) body ...)
  (define name
    (let ([cache (make-hash)])
      (lambda (arg ...)
        (hash-ref! cache (list arg ...) (lambda () body ...))))))
(define/memo (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(printf "fib 100: ~a\n" (fib 100))
(define/memo (grid-paths r c) (if (or (zero? r) (zero? c)) 1 (+ (grid-paths (sub1 r) c) (grid-paths r (sub1 c)))))
(printf "grid paths 16x16: ~a\n" (grid-paths 16 16))
(define/memo (lcs a b)
  (cond [(or (string=? a "") (string=? b "")) ""]
        [(char=? (string-ref a 0) (string-ref b 0))
         (string-append (substring a 0 1) (lcs (substring a 1) (substring b 1)))]
        [else (let ([x (lcs (substring a 1) b)] [y (lcs a (substring b 1))])
                (if (>= (string-length x) (string-length y)) x y))]))
(printf "lcs: ~s\n" (lcs "AGGTAB" "GXTXAYB"))
(printf "lcs: ~s\n" (lcs "racket programming" "rocket propulsion"))
(define/memo (coin-ways amount coins)
  (cond [(zero? amount) 1]
        [(or (negative? amount) (null? coins)) 0]
        [else (+ (coin-ways (- amount (car coins)) coins) (coin-ways amount (cdr coins)))]))
(printf "ways to make 100 cents: ~a\n" (coin-ways 100 '(50 25 10 5 1)))
(define (knapsack items capacity)
  (define table (make-vector (add1 capacity) 0))
  (for ([it items])
    (match-define (list w v) it)
    (for ([c (in-range capacity (sub1 w) -1)])
      (vector-set! table c (max (vector-ref table c) (+ v (vector-ref table (- c w)))))))
  (vector-ref table capacity))
(printf "knapsack: ~a\n" (knapsack '((1 1) (3 4) (4 5) (5 7)) 7))
(define/memo (edit-distance a b)
  (cond [(string=? a "") (string-length b)]
        [(string=? b "") (string-length a)]
        [else (min (add1 (edit-distance (substring a 1) b))
                   (add1 (edit-distance a (substring b 1)))
                   (+ (edit-distance (substring a 1) (substring b 1))
                      (if (char=? (string-ref a 0) (string-ref b 0)) 0 1)))]))
(printf "edit distance kitten/sitting: ~a\n" (edit-distance "kitten" "sitting"))
