#lang racket
(struct employee (name dept salary) #:transparent)
(define staff (list (employee "ann" 'eng 120) (employee "bob" 'ops 90) (employee "cy" 'eng 100)))
(define eng-total
  (for/sum ([e staff])
    (match e
      [(employee _ 'eng s) s]
      [_ 0])))
(displayln eng-total)
(match (first staff) [(struct employee (n d _)) (printf "~a in ~a\n" n d)])
