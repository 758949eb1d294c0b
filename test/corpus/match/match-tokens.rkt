#lang racket
(define (parse tokens)
  (match tokens
    [(list "let" name "=" value) (list 'bind (string->symbol name) (string->number value))]
    [(list "print" args ...) (list 'print args)]
    [(list) 'empty]
    [_ (list 'unknown tokens)]))
(for ([line '("let x = 42" "print a b c" "" "jump now")])
  (writeln (parse (string-split line))))
