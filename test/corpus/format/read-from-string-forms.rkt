#lang racket
(define forms (with-input-from-string "(define x 1) (+ x 2) \"s\" #\\a 1/2" (lambda () (let loop ([acc '()]) (define d (read)) (if (eof-object? d) (reverse acc) (loop (cons d acc)))))))
(for ([f forms]) (printf "~s : ~a\n" f (cond [(pair? f) 'pair] [(string? f) 'string] [(char? f) 'char] [(number? f) 'number] [else 'other])))
