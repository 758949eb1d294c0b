#lang racket
;; Prefab structs: plain data records that print and compare structurally.
(struct employee (name dept salary) #:prefab)

(define staff
  (list (employee "Ann" 'eng 120)
        (employee "Bob" 'ops 90)
        (employee "Cid" 'eng 105)))

(for-each displayln staff)
(println (first staff))
(write (second staff)) (newline)

(define (by-dept dept) (filter (lambda (e) (eq? (employee-dept e) dept)) staff))
(printf "eng: ~a\n" (map employee-name (by-dept 'eng)))
(printf "equal? ~a\n" (equal? (employee "Ann" 'eng 120) (first staff)))
(define raises (map (lambda (e) (struct-copy employee e [salary (+ 10 (employee-salary e))])) staff))
(displayln raises)
(define index (for/hash ([e staff]) (values e (employee-name e))))
(displayln (hash-ref index (employee "Bob" 'ops 90)))
(displayln (prefab-struct-key (first staff)))
(displayln (struct->vector (first staff)))
