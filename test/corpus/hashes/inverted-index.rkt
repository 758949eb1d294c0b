#lang racket
(define docs '((1 . "the cat sat") (2 . "the dog sat") (3 . "a cat ran")))
(define index (make-hash))
(for* ([d docs] [w (string-split (cdr d))])
  (hash-update! index w (lambda (ids) (cons (car d) ids)) '()))
(for ([w '("the" "cat" "sat" "ran" "bird")])
  (printf "~a: ~a\n" w (reverse (hash-ref index w '()))))
