#lang racket
(define text "alpha,1\nbeta,2\ngamma,3\n")
(define in (open-input-string text))
(define total
  (let loop ([sum 0])
    (define line (read-line in))
    (if (eof-object? line) sum
        (let ([parts (string-split line ",")])
          (printf "~a -> ~a\n" (first parts) (second parts))
          (loop (+ sum (string->number (second parts))))))))
(displayln total)
(displayln (port->lines (open-input-string "x\ny")))
(displayln (port->string (open-input-string "all of it")))
