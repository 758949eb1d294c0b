#lang racket
(define (safe thunk)
  (with-handlers ([exn:fail? (lambda (e) (string-append "error: " (exn-message e)))])
    (thunk)))
(displayln (safe (lambda () (error "something went wrong"))))
(displayln (safe (lambda () (error 'my-func "bad input: ~a" 42))))
(displayln (safe (lambda () (error "with irritants" 1 "two" 'three))))
(displayln (safe (lambda () (error 'sym-only))))
(displayln (safe (lambda () "no error")))
