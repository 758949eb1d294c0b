#lang racket
(define (parse-age s)
  (define n (string->number s))
  (unless (and n (exact-nonnegative-integer? n))
    (raise-user-error 'parse-age "not a valid age: ~s" s))
  n)
(displayln (parse-age "42"))
(displayln (with-handlers ([exn:fail:user? exn-message]) (parse-age "abc")))
(displayln (with-handlers ([exn:fail? exn-message]) (raise-user-error "plain message")))
