#lang racket
(define-syntax my-let*
  (syntax-rules ()
    [(_ () body ...) (let () body ...)]
    [(_ ([x v] rest ...) body ...) (let ([x v]) (my-let* (rest ...) body ...))]))
(displayln (my-let* ([a 1] [b (+ a 1)] [c (* b 10)]) (list a b c)))
(define-syntax my-cond
  (syntax-rules (else)
    [(_ [else e ...]) (begin e ...)]
    [(_ [c e ...] clause ...) (if c (begin e ...) (my-cond clause ...))]))
(displayln (my-cond [#f 1] [(= 1 2) 2] [else 3]))
(define-syntax table
  (syntax-rules ()
    [(_ (k v ...) ...) (list (cons 'k (list v ...)) ...)]))
(displayln (table (a 1 2) (b) (c 3)))
