#lang racket
;; A command interpreter whose commands are matched with regexp patterns.
(define (run-command line)
  (match (string-trim line)
    [(regexp #px"^add (\\d+) (\\d+)$" (list _ a b))
     (format "sum = ~a" (+ (string->number a) (string->number b)))]
    [(regexp #px"^greet (\\w+)$" (list _ name))
     (format "Hello, ~a!" name)]
    [(pregexp "^repeat (\\d) (.+)$" (list _ n text))
     (string-join (make-list (string->number n) text) " ")]
    [(regexp #rx"^quit") "bye"]
    ["" "empty command"]
    [other (format "unknown command: ~s" other)]))

(for ([line '("add 2 40" "greet Ada" "repeat 3 ho" "  quit now  " "" "launch rockets")])
  (displayln (run-command line)))
