#lang racket
(define (perms lst)
  (if (null? lst) '(())
      (append-map (lambda (x) (map (lambda (p) (cons x p)) (perms (remove x lst)))) lst)))
(displayln (perms '(1 2 3)))
(displayln (length (permutations '(a b c d))))
(define (combos k lst)
  (cond [(= k 0) '(())] [(null? lst) '()]
        [else (append (map (lambda (c) (cons (car lst) c)) (combos (sub1 k) (cdr lst)))
                      (combos k (cdr lst)))]))
(displayln (combos 2 '(a b c d)))
(displayln (combinations '(1 2 3) 2))
