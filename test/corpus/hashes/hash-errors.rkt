#lang racket
(define h (hash 'a 1))
(displayln (with-handlers ([exn:fail? exn-message]) (hash-ref h 'missing)))
(displayln (with-handlers ([exn:fail:contract? exn-message]) (hash-set! h 'b 2)))
(displayln (with-handlers ([exn:fail? exn-message]) (hash-ref (make-hash) "nope")))
(displayln (with-handlers ([exn:fail? (lambda (e) "caught")]) (hash-ref 'not-a-hash 'k)))
