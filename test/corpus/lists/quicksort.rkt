#lang racket
(define (quicksort lst)
  (if (null? lst) '()
      (let ([p (car lst)] [rest (cdr lst)])
        (append (quicksort (filter (lambda (x) (< x p)) rest))
                (list p)
                (quicksort (filter (lambda (x) (>= x p)) rest))))))
(displayln (quicksort '(3 1 4 1 5 9 2 6 5 3 5)))
(define (merge-lists a b)
  (cond [(null? a) b] [(null? b) a]
        [(< (car a) (car b)) (cons (car a) (merge-lists (cdr a) b))]
        [else (cons (car b) (merge-lists a (cdr b)))]))
(displayln (merge-lists '(1 4 9) '(2 3 10)))
