#lang racket
;; A ring buffer with an off-by-one bug at the end
(define size 4)
(define buf (make-vector size #f))
(define (put! i v) (vector-set! buf (modulo i size) v))
(for ([i 6]) (put! i (* i i)))
(printf "buffer: ~a\n" buf)
(printf "oldest: ~a\n" (vector-ref buf 2))
(define (sum-buffer) (for/sum ([i (in-range size)]) (vector-ref buf i)))
(printf "sum: ~a\n" (sum-buffer))
(printf "last slot: ~a\n" (vector-ref buf size))
