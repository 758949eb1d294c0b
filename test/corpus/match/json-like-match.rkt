#lang racket
(define doc '((type . "user") (name . "ann") (tags . ("a" "b"))))
(define (get k) (cdr (assq k doc)))
(match (get 'type)
  ["user" (printf "user ~a with ~a tags\n" (get 'name) (length (get 'tags)))]
  [_ (displayln "unknown")])
(match doc
  [(list-no-order (cons 'name n) _ ...) (displayln n)])
