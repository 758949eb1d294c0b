#lang racket
;; Convert between camelCase and snake_case.
(define (camel->snake s)
  (string-downcase (regexp-replace* #px"([a-z0-9])([A-Z])" s "\\1_\\2")))

(define (snake->camel s)
  (regexp-replace* #px"_([a-z])" s (lambda (all c) (string-upcase c))))

(define names '("parseJsonFile" "userId" "HTTPServer" "already_snake" "x"))
(for ([n names])
  (printf "~a -> ~a -> ~a\n" n (camel->snake n) (snake->camel (camel->snake n))))

(displayln (map snake->camel '("first_name" "total_order_count" "_private")))
(displayln (regexp-replace* #px"\\b(\\w)" "hello big world" (lambda (all c) (string-upcase c))))
(displayln (string-join (map string-titlecase (regexp-split #rx"-" "kebab-case-words")) ""))
