#lang racket/base
(require racket/list racket/string racket/format)
(define words (string-split "delta alpha charlie bravo"))
(displayln (sort words string<?))
(displayln (first (sort words string>?)))
(displayln (string-join (map (lambda (w) (~a w #:width 8 #:align 'right)) (take words 2)) "|"))
(displayln (last (range 10)))
