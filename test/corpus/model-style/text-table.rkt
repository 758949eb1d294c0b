#lang racket
;; Printing a table with computed column widths
(define header '("Country" "Capital" "Population (M)" "Area (km2)"))
(define rows '(("France" "Paris" 67.8 643801) ("Japan" "Tokyo" 125.7 377975)
               ("Brazil" "Brasilia" 214.3 8515767) ("Iceland" "Reykjavik" 0.37 103000)))
(define (cell->string v)
  (cond [(string? v) v]
        [(exact-integer? v) (number->string v)]
        [else (~r v #:precision '(= 2))]))
(define all-rows (cons header (map (lambda (r) (map cell->string r)) rows)))
(define widths
  (for/list ([i (length header)])
    (apply max (map (lambda (r) (string-length (list-ref r i))) all-rows))))
(define (format-row r)
  (string-join (for/list ([c r] [w widths] [i (in-naturals)])
                 (~a c #:min-width w #:align (if (>= i 2) 'right 'left)))
               " | "))
(define sep (string-join (map (lambda (w) (make-string w #\-)) widths) "-+-"))
(displayln (format-row header))
(displayln sep)
(for ([r (rest all-rows)]) (displayln (format-row r)))
(displayln sep)
(printf "density of ~a: ~a per km2\n" (first (first rows))
        (~r (/ (* 1e6 (third (first rows))) (fourth (first rows))) #:precision 1))
(printf "widths: ~a\n" widths)
(printf "~a\n" (~a "x" #:min-width 5 #:left-pad-string "." #:align 'right))
(printf "~a\n" (~a "x" #:min-width 5 #:right-pad-string "-"))
(printf "~a\n" (~a 3.14159 #:max-width 4))
