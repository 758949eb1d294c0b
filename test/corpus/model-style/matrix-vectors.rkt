#lang racket
;; Matrix operations with vectors of vectors
(define (make-matrix rows cols init)
  (build-vector rows (lambda (_) (make-vector cols init))))

(define (matrix-ref m i j) (vector-ref (vector-ref m i) j))
(define (matrix-set! m i j v) (vector-set! (vector-ref m i) j v))
(define (matrix-rows m) (vector-length m))
(define (matrix-cols m) (vector-length (vector-ref m 0)))

(define (matrix-multiply a b)
  (define n (matrix-rows a))
  (define m (matrix-cols b))
  (define k (matrix-cols a))
  (define result (make-matrix n m 0))
  (for* ([i n] [j m])
    (matrix-set! result i j
                 (for/sum ([x k]) (* (matrix-ref a i x) (matrix-ref b x j)))))
  result)

(define (transpose m)
  (for/vector ([j (matrix-cols m)])
    (for/vector ([i (matrix-rows m)])
      (matrix-ref m i j))))

(define (print-matrix m)
  (for ([row m])
    (displayln (string-join (for/list ([x row]) (~a x #:width 4 #:align 'right)) ""))))

(define a (vector (vector 1 2 3) (vector 4 5 6)))
(define b (vector (vector 7 8) (vector 9 10) (vector 11 12)))
(displayln "A:") (print-matrix a)
(displayln "B:") (print-matrix b)
(displayln "A x B:") (print-matrix (matrix-multiply a b))
(displayln "transpose A:") (print-matrix (transpose a))
(define id (make-matrix 3 3 0))
(for ([i 3]) (matrix-set! id i i 1))
(println id)
(displayln (matrix-multiply id (transpose a)))
(define scaled (vector-map (lambda (row) (vector-map (lambda (x) (/ x 2)) row)) a))
(println scaled)
(printf "trace of A x B: ~a\n" (let ([p (matrix-multiply a b)]) (for/sum ([i 2]) (matrix-ref p i i))))
