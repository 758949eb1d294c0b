#lang racket
(define (make-matrix rows cols f)
  (for/vector ([r rows]) (for/vector ([c cols]) (f r c))))
(define m (make-matrix 3 3 (lambda (r c) (if (= r c) 1 0))))
(displayln m)
(define (matrix-ref m r c) (vector-ref (vector-ref m r) c))
(displayln (for/sum ([i 3]) (matrix-ref m i i)))
(for ([row m]) (displayln (string-join (for/list ([x row]) (number->string x)) " ")))
