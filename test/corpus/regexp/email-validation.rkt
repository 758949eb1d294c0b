#lang racket
;; Validate email addresses with a Perl-style regexp.
(define email-rx #px"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$")

(define (valid-email? s)
  (regexp-match? email-rx s))

(define candidates
  '("alice@example.com" "bob.smith@mail.co.uk" "not-an-email" "carol@site"
    "dave@domain.org" "@missing.com" "eve+tag@sub.example.io" "frank@bad_domain.c"))

(for ([c candidates])
  (printf "~a ~a\n" (~a c #:width 24) (if (valid-email? c) "valid" "invalid")))

(define valid (filter valid-email? candidates))
(printf "~a of ~a are valid\n" (length valid) (length candidates))

;; Extract the domain part of each valid address.
(define (domain email)
  (cadr (regexp-match #rx"@(.*)$" email)))
(displayln (map domain valid))
