#lang racket
(displayln (with-handlers ([symbol? (lambda (s) (format "symbol ~a" s))]) (raise 'oops)))
(displayln (with-handlers ([number? (lambda (n) (* n 2))]) (raise 21)))
(displayln (with-handlers ([string? string-upcase]) (raise "loud")))
(displayln (with-handlers ([(lambda (x) #t) (lambda (x) (list 'got x))]) (raise '(1 2))))
(displayln (with-handlers ([pair? car]) (raise (cons 'first 'second))))
