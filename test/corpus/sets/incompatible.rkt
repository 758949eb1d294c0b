#lang racket
;; Mixing kinds of sets: errors reported by racket/set.
(define (attempt thunk)
  (with-handlers ([exn:fail? (lambda (e) (printf "error: ~a\n" (car (string-split (exn-message e) "\n"))))])
    (printf "ok: ~a\n" (thunk))))

(attempt (lambda () (set-union (set 1 2) (set 3))))
(attempt (lambda () (set-union (set 1 2) (seteq 3))))
(attempt (lambda () (set-add! (set 1) 2)))
(attempt (lambda () (set-member? '(1 2 3) 2)))
(attempt (lambda () (set-count 42)))
(attempt (lambda () (set-union (set 1) (mutable-set 2))))
(attempt (lambda () (subset? (set 1) (list 1 2))))
(set-intersect (seteqv 1 2) (set 2))
