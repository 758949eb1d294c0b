#lang racket
(define (alist-set al k v)
  (cond [(null? al) (list (cons k v))]
        [(equal? (caar al) k) (cons (cons k v) (cdr al))]
        [else (cons (car al) (alist-set (cdr al) k v))]))
(define inventory '((apples . 3) (pears . 0)))
(define inv2 (alist-set (alist-set inventory 'pears 5) 'plums 2))
(for ([entry inv2])
  (printf "~a: ~a\n" (car entry) (cdr entry)))
(displayln (map car inv2))
(displayln (dict-ref inv2 'plums))
