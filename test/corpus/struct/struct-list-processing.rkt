#lang racket
(struct item (name price qty) #:transparent)
(define cart (list (item "pen" 1.5 4) (item "book" 12 1) (item "mug" 8 2)))
(define (line-total i) (* (item-price i) (item-qty i)))
(for ([i cart]) (printf "~a: ~a\n" (item-name i) (line-total i)))
(printf "total: ~a\n" (apply + (map line-total cart)))
(displayln (map item-name (sort cart > #:key line-total)))
