#lang racket
(define text "the cat and the hat and the bat")
(define counts (make-hash))
(for ([w (string-split text)])
  (hash-update! counts w add1 0))
(for ([k (sort (hash-keys counts) string<?)])
  (printf "~a: ~a\n" k (hash-ref counts k)))
