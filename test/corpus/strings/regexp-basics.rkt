#lang racket
(displayln (regexp-match #rx"[0-9]+" "abc123def"))
(displayln (regexp-match* #rx"[a-z]+" "one, two; three"))
(displayln (regexp-replace* #rx"[aeiou]" "programming" "_"))
(displayln (regexp-match? #rx"^[A-Z]" "Hello"))
(displayln (regexp-split #rx" +" "a  b   c"))
(displayln (regexp-replace #px"(\\w+) (\\w+)" "hello world" "\\2 \\1"))
(displayln (regexp-match #px"(\\d+)-(\\d+)" "call 555-1234"))
