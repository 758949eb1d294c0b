#lang racket
;; Matching association lists whose entries may come in any order.
(define records
  (list '((name . "Ann") (age . 31) (role . admin))
        '((role . user) (name . "Bob") (age . 25))
        '((age . 40) (name . "Cid"))
        '((name . "Dee") (role . guest) (age . 19) (extra . #t))))

(define (describe r)
  (match r
    [(list-no-order (cons 'name n) (cons 'age a) (cons 'role 'admin))
     (format "~a (~a) is an admin" n a)]
    [(list-no-order (cons 'name n) (cons 'age (? (lambda (a) (< a 21)) a)) _ ...)
     (format "~a is only ~a" n a)]
    [(list-no-order (cons 'name n) (cons 'role role) _ ...)
     (format "~a has role ~a" n role)]
    [(list-no-order (cons 'name n) _ ...)
     (format "~a has no role" n)]))

(for-each (compose displayln describe) records)

(displayln (match '(3 1 2) [(list-no-order 1 2 3) 'all-three] [_ 'no]))
(displayln (match '(4 5 6 7) [(list-no-order (? even? e) rest ...) (list e rest)]))
(displayln (match (hash 'x 1 'y 2) [(hash-table ('x x) ('y y)) (+ x y)]))
