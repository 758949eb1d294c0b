#lang racket
(define (kind thunk)
  (with-handlers ([exn:fail:contract:divide-by-zero? (lambda (e) 'divide-by-zero)]
                  [exn:fail:contract:arity? (lambda (e) 'arity)]
                  [exn:fail:contract? (lambda (e) 'contract)]
                  [exn:fail:user? (lambda (e) 'user)]
                  [exn:fail? (lambda (e) 'fail)])
    (thunk)
    'none))
(displayln (kind (lambda () (/ 1 0))))
(displayln (kind (lambda () ((lambda (x) x)))))
(displayln (kind (lambda () (car 1))))
(displayln (kind (lambda () (raise-user-error 'x "user"))))
(displayln (kind (lambda () (error "plain"))))
(displayln (kind (lambda () 'fine)))
