#lang racket
(displayln (~s "quoted" 'sym))
(displayln (~v "printed" 'sym))
(displayln (~s '(1 "a")))
(displayln (~v '(1 "a")))
(displayln (string-append "[" (~s "x" #:width 6) "]"))
(displayln (~e "e"))
