#lang racket
(define log '())
(define (note x) (set! log (cons x log)))
(with-handlers ([exn:fail? (lambda (e) (note 'handled))])
  (dynamic-wind
    (lambda () (note 'before))
    (lambda () (note 'during) (error "fail") (note 'not-reached))
    (lambda () (note 'after))))
(displayln (reverse log))
(define r (dynamic-wind (lambda () (displayln "in")) (lambda () 'value) (lambda () (displayln "out"))))
(displayln r)
