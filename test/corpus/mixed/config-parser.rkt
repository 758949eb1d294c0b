#lang racket
(define config-text "# comment\nname = demo\nport = 8080\n\ndebug = true\nratio=0.75\n")
(define (parse-value v)
  (cond [(string->number v) => values]
        [(member v '("true" "false")) (string=? v "true")]
        [else v]))
(define config
  (for/hash ([line (string-split config-text "\n")]
             #:unless (or (string=? (string-trim line) "") (string-prefix? line "#")))
    (define parts (map string-trim (string-split line "=")))
    (values (string->symbol (first parts)) (parse-value (second parts)))))
(displayln config)
(printf "port+1 = ~a\n" (add1 (hash-ref config 'port)))
(printf "debug? ~a\n" (hash-ref config 'debug))
