#lang racket
(define (pairs->strings lst)
  (for/list ([p lst])
    (match-let ([(cons k v) p])
      (format "~a:~a" k v))))
(displayln (pairs->strings '((a . 1) (b . 2))))
(define (unzip lst)
  (match lst
    ['() (values '() '())]
    [(cons (list a b) rest)
     (define-values (as bs) (unzip rest))
     (values (cons a as) (cons b bs))]))
(define-values (xs ys) (unzip '((1 a) (2 b) (3 c))))
(printf "~a ~a\n" xs ys)
