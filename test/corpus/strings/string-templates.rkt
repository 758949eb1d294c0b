#lang racket
(define (render template bindings)
  (for/fold ([s template]) ([b bindings])
    (string-replace s (string-append "{" (symbol->string (car b)) "}") (cdr b))))
(displayln (render "Hello {name}, you are {age}." '((name . "Ana") (age . "30"))))
(displayln (render "{x}{x}{y}" '((x . "ab") (y . "!"))))
