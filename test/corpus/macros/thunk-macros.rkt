#lang racket
(define-syntax-rule (lazy e) (let ([done #f] [val #f]) (lambda () (unless done (set! val e) (set! done #t)) val)))
(define p (lazy (begin (displayln "computing") 42)))
(displayln (p))
(displayln (p))
(define-syntax-rule (ignore-errors e) (with-handlers ([exn:fail? (lambda (_) 'error)]) e))
(displayln (ignore-errors (car '())))
(displayln (ignore-errors 'fine))
