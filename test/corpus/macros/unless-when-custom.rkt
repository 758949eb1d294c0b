#lang racket
(define-syntax my-unless
  (syntax-rules ()
    [(_ c body ...) (if c (void) (begin body ...))]))
(my-unless #f (displayln "ran") (displayln "twice"))
(my-unless #t (displayln "never"))
(define-syntax-rule (my-if c then else) (cond [c then] [else else]))
(displayln (my-if #t 'yes 'no))
(displayln (my-if #f 'yes 'no))
