#lang racket
(define prices (hash 'cola 125 'chips 75 'candy 60))
(define (vend item coins)
  (define paid (apply + coins))
  (define price (hash-ref prices item #f))
  (cond [(not price) (format "unknown item ~a" item)]
        [(< paid price) (format "insufficient: paid ~a, need ~a" paid price)]
        [else (format "~a dispensed, change ~a" item (- paid price))]))
(displayln (vend 'cola '(100 25)))
(displayln (vend 'chips '(25 25)))
(displayln (vend 'candy '(100)))
(displayln (vend 'gum '(5)))
