#lang racket
(define (make-counter)
  (define counts (make-hash))
  (lambda (msg . args)
    (case msg
      [(add) (hash-update! counts (car args) add1 0)]
      [(get) (hash-ref counts (car args) 0)]
      [(total) (apply + (hash-values counts))])))
(define c (make-counter))
(c 'add 'x) (c 'add 'x) (c 'add 'y)
(displayln (c 'get 'x))
(displayln (c 'get 'z))
(displayln (c 'total))
