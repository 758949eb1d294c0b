#lang racket
(define (remove-vowels s)
  (list->string (filter (lambda (c) (not (memv c (string->list "aeiouAEIOU")))) (string->list s))))
(displayln (remove-vowels "Functional Programming"))
(define (initials name) (list->string (map (lambda (w) (string-ref w 0)) (string-split name))))
(displayln (initials "Grace Brewster Murray Hopper"))
