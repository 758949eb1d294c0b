#lang racket
(define config '((host . "localhost") (port . 8080) (debug . #t)))
(for ([entry config])
  (match entry
    [(cons 'port (? integer? p)) (printf "port number ~a\n" p)]
    [(cons key (? string? s)) (printf "~a is a string: ~a\n" key s)]
    [(cons key (? boolean? b)) (printf "~a flag ~a\n" key (if b "on" "off"))]))
