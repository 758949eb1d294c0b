#lang racket
(define (search-2d grid target)
  (let/ec return
    (for ([row grid] [r (in-naturals)])
      (for ([x row] [c (in-naturals)])
        (when (equal? x target) (return (list r c)))))
    'not-found))
(displayln (search-2d '((1 2) (3 4) (5 6)) 4))
(displayln (search-2d '((1 2)) 9))
(displayln (call/ec (lambda (k) (+ 1 (k 42)))))
