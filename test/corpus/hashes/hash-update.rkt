#lang racket
(define inventory (make-hash '((apples . 5) (pears . 2))))
(hash-update! inventory 'apples (lambda (n) (- n 1)))
(hash-update! inventory 'plums add1 0)
(hash-update! inventory 'pears (curry * 10))
(for ([k '(apples pears plums)])
  (printf "~a: ~a\n" k (hash-ref inventory k)))
(define counts (for/fold ([h (hash)]) ([x '(a b a c a b)]) (hash-update h x add1 0)))
(displayln counts)
