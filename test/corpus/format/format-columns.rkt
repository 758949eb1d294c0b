#lang racket
(define data '(("Name" "Score") ("Alice" 93) ("Bob" 7) ("Christina" 100)))
(for ([row data])
  (displayln (string-append (~a (first row) #:width 12) "|" (~a (second row) #:width 6 #:align 'right))))
(displayln (~a "" #:width 19 #:pad-string "="))
(displayln (~a "centered" #:width 19 #:align 'center #:pad-string "*"))
