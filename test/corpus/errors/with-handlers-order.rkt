#lang racket
(define (try thunk)
  (with-handlers ([string? (lambda (s) (string-append "string: " s))]
                  [exn:fail:contract? (lambda (e) "contract")]
                  [exn:fail? (lambda (e) "generic fail")])
    (thunk)))
(displayln (try (lambda () (raise "str"))))
(displayln (try (lambda () (vector-ref #(1) 9))))
(displayln (try (lambda () (error "x"))))
(displayln (try (lambda () "ok")))
