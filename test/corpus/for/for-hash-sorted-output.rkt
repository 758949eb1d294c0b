#lang racket
(define grades '(("ann" . 91) ("bob" . 78) ("cy" . 85)))
(define letter (for/hash ([g grades])
                 (values (car g) (cond [(>= (cdr g) 90) 'A] [(>= (cdr g) 80) 'B] [else 'C]))))
(for ([name (sort (hash-keys letter) string<?)])
  (printf "~a: ~a\n" name (hash-ref letter name)))
(displayln letter)
