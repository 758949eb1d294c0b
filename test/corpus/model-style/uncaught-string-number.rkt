#lang racket
;; Summing numbers read from text; one field is not a number
(define line "12, 7, 30, 5x, 9")
(define fields (map string-trim (string-split line ",")))
(printf "fields: ~s\n" fields)
(define parsed (map string->number fields))
(printf "parsed: ~a\n" parsed)
(printf "valid ones: ~a\n" (filter number? parsed))
(printf "sum of valid: ~a\n" (apply + (filter number? parsed)))
(printf "sum of all: ~a\n" (foldl + 0 parsed))
