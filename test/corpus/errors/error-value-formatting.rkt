#lang racket
(define (msg thunk) (with-handlers ([exn:fail? exn-message]) (thunk)))
(displayln (msg (lambda () (error 'f "list ~a string ~s" '(1 2) "s"))))
(displayln (msg (lambda () (error "irritants:" "str" #\c 1.5 '(a "b")))))
(displayln (msg (lambda () (raise-argument-error 'g "list?" (vector 1 2)))))
(displayln (msg (lambda () (car (list)))))
(displayln (msg (lambda () (vector-ref (vector) 0))))
