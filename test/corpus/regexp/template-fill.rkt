#lang racket
;; A tiny template engine: replace {name} placeholders with values from a hash.
(define (fill-template template vars)
  (regexp-replace* #px"\\{(\\w+)\\}" template
                   (lambda (whole key)
                     (hash-ref vars (string->symbol key)
                               (lambda () (string-append "<" key "?>"))))))

(define vars (hash 'name "Ada" 'lang "Racket" 'year "2024"))

(displayln (fill-template "Hello, {name}! Welcome to {lang}." vars))
(displayln (fill-template "Copyright {year} {name}" vars))
(displayln (fill-template "Unknown: {missing} and {name}" vars))
(displayln (fill-template "No placeholders at all." vars))

;; The same with an insert string using back-references.
(displayln (regexp-replace* #px"\\{(\\w+)\\}" "x={a}, y={b}" "[\\1]"))
(displayln (regexp-replace #px"(\\w+)@(\\w+)" "user@host and admin@server" "\\2 at \\1"))
(displayln (regexp-replace* #rx"o" "foo boo" "0"))
