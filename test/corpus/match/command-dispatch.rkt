#lang racket
(define (run cmd state)
  (match cmd
    [(list 'push n) (cons n state)]
    [(list 'pop) (cdr state)]
    [(list 'add) (match state [(list* a b rest) (cons (+ a b) rest)])]
    [(list 'dup) (cons (car state) state)]))
(define final (foldl run '() '((push 2) (push 3) (add) (dup) (push 10) (pop) (add))))
(displayln final)
