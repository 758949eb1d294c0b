#lang racket
;; Points and rectangles that print themselves.
(struct point (x y)
  #:methods gen:custom-write
  [(define (write-proc p port mode)
     (fprintf port "(~a, ~a)" (point-x p) (point-y p)))])

(struct rect (top-left bottom-right)
  #:methods gen:custom-write
  [(define (write-proc r port mode)
     (write-string "Rect[" port)
     (display (rect-top-left r) port)
     (write-string " to " port)
     (display (rect-bottom-right r) port)
     (write-string "]" port))])

(define p (point 1 2))
(displayln p)
(println p)
(printf "point: ~a, written: ~s\n" p p)
(displayln (list p (point 3 4)))
(displayln (rect (point 0 0) (point 10 5)))
(displayln (format "moved to ~a" (point 7 -1)))
(displayln (string-append "Point " (~a p)))
(displayln (map (lambda (x) (point x (* x x))) '(1 2 3)))
