#lang racket
;; Validating user records; the last record is rejected with raise-user-error
(define (validate-age age)
  (unless (and (integer? age) (<= 0 age 150))
    (raise-user-error 'validate-age "age must be between 0 and 150, got ~a" age))
  age)
(define records '(("ann" 34) ("bob" 0) ("cy" 150)))
(for ([r records])
  (printf "~a: ~a ok\n" (first r) (validate-age (second r))))
(printf "checked ~a records\n" (length records))
(validate-age 200)
