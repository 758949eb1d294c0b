#lang racket
(define (tree-contains? tree x)
  (let/ec found
    (let walk ([t tree])
      (cond [(null? t) (void)]
            [(pair? t) (walk (car t)) (walk (cdr t))]
            [(equal? t x) (found #t)]))
    #f))
(displayln (tree-contains? '(1 (2 (3 4)) 5) 4))
(displayln (tree-contains? '(1 (2 (3 4)) 5) 9))
