#lang racket
(define e (with-handlers ([(lambda (x) #t) (lambda (x) x)]) (error 'who "what ~a" 1)))
(displayln (exn? e))
(displayln (exn:fail? e))
(displayln (exn-message e))
(displayln (continuation-mark-set? (exn-continuation-marks e)))
(define e2 (make-exn:fail "manual" (current-continuation-marks)))
(displayln (exn-message e2))
(displayln (with-handlers ([exn:fail? exn-message]) (raise e2)))
