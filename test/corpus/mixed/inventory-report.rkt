#lang racket
(define inventory
  '((widget 4 2.50) (gizmo 0 12.00) (doohickey 17 0.75) (thingamajig 2 99.99)))
(define (value item) (* (second item) (third item)))
(printf "~a~a~a\n" (~a "item" #:width 12) (~a "qty" #:width 5 #:align 'right) (~a "value" #:width 10 #:align 'right))
(for ([it inventory])
  (printf "~a~a~a\n" (~a (first it) #:width 12) (~a (second it) #:width 5 #:align 'right)
          (~a (~r (value it) #:precision '(= 2)) #:width 10 #:align 'right)))
(printf "out of stock: ~a\n" (map first (filter (lambda (i) (zero? (second i))) inventory)))
(printf "total value: ~a\n" (~r (apply + (map value inventory)) #:precision 2))
