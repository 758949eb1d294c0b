#lang racket
(define items '(("Coffee" 2 3.5) ("Bagel" 1 2.25) ("Juice" 3 4)))
(define subtotal (for/sum ([i items]) (* (second i) (third i))))
(for ([i items])
  (printf "~a x~a ~a\n" (~a (first i) #:width 8) (second i)
          (~a (~r (* (second i) (third i)) #:precision '(= 2)) #:width 8 #:align 'right)))
(printf "~a ~a\n" (~a "Subtotal" #:width 11) (~a (~r subtotal #:precision '(= 2)) #:width 8 #:align 'right))
(printf "~a ~a\n" (~a "Tax 8%" #:width 11) (~a (~r (* subtotal 0.08) #:precision '(= 2)) #:width 8 #:align 'right))
