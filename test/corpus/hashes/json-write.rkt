#lang racket
(require json)
(displayln (jsexpr->string (hasheq 'b 1 'a "two" 'c (list 1 2 3))))
(displayln (jsexpr->string '(1 "x" #t #f null)))
(displayln (jsexpr->string (hasheq 'nested (hasheq 'k 'null))))
(displayln (jsexpr->string "quote\" and \\ and \n"))
(displayln (jsexpr->string 3.5))
(displayln (jsexpr->string (hasheq)))
(displayln (jsexpr->string '()))
