#lang racket
(define (safe-substring s a b)
  (with-handlers ([exn:fail:contract? (lambda (e) (exn-message e))])
    (substring s a b)))
(displayln (safe-substring "hello" 1 3))
(displayln (safe-substring "hello" 2 10))
(displayln (safe-substring "hello" 3 1))
(displayln (with-handlers ([exn:fail? exn-message]) (string-ref "abc" 5)))
