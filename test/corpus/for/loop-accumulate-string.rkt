#lang racket
(define out
  (for/fold ([s ""]) ([w '("alpha" "beta" "gamma")] [i (in-naturals)])
    (string-append s (if (zero? i) "" ", ") (string-upcase w))))
(displayln out)
(displayln (apply string-append (for/list ([i 5]) (number->string i))))
