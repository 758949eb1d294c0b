#lang racket
(define rows '(("apple" 1.5 10) ("banana" 0.25 120) ("cherry" 12 3)))
(printf "~a~a~a\n" (~a "item" #:width 10) (~a "price" #:width 8 #:align 'right) (~a "qty" #:width 6 #:align 'right))
(displayln (make-string 24 #\-))
(for ([r rows])
  (printf "~a~a~a\n"
          (~a (first r) #:width 10)
          (~a (~r (second r) #:precision '(= 2)) #:width 8 #:align 'right)
          (~a (third r) #:width 6 #:align 'right)))
