#lang racket
(define (render-list items)
  (with-output-to-string
    (lambda ()
      (for ([i items] [n (in-naturals 1)])
        (printf "~a. ~a\n" n i)))))
(define s (render-list '("eggs" "milk")))
(display s)
(displayln (string-length s))
(define nested (with-output-to-string (lambda () (display "outer[") (display (with-output-to-string (lambda () (display "inner")))) (display "]"))))
(displayln nested)
