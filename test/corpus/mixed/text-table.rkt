#lang racket
(define data '(("Product" "Qty" "Price") ("Apples" 3 1.2) ("Bananas" 12 0.5) ("Cherries" 100 0.05)))
(define (cell v) (if (number? v) (~r v #:precision '(= 2)) v))
(define widths '(10 6 8))
(for ([row data] [i (in-naturals)])
  (displayln
   (string-join
    (for/list ([v row] [w widths] [j (in-naturals)])
      (~a (if (and (> i 0) (> j 0)) (cell v) v) #:width w #:align (if (zero? j) 'left 'right)))
    " | "))
  (when (zero? i) (displayln (string-join (map (lambda (w) (make-string w #\-)) widths) "-+-"))))
