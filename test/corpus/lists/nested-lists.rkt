#lang racket
(define matrix '((1 2 3) (4 5 6) (7 8 9)))
(define (transpose m) (apply map list m))
(displayln (transpose matrix))
(displayln (map (lambda (row) (apply + row)) matrix))
(displayln (for/list ([i 3]) (list-ref (list-ref matrix i) i)))
(define (mat* a b)
  (for/list ([row a]) (for/list ([col (transpose b)]) (apply + (map * row col)))))
(displayln (mat* '((1 2) (3 4)) '((5 6) (7 8))))
