#lang racket
(define h (hash 'name "ada" 'lang "racket"))
(match h
  [(hash-table ('name n) ('lang l)) (printf "~a uses ~a\n" n l)])
(match (hash 'a 1)
  [(hash-table ('b _)) (displayln "has b")]
  [_ (displayln "no b")])
