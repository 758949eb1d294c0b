#lang racket
;; Case-insensitive matching and searching.
(define (contains-ci? haystack needle)
  (regexp-match? (regexp (string-append "(?i:" (regexp-quote needle) ")")) haystack))

(displayln (contains-ci? "Hello World" "WORLD"))
(displayln (contains-ci? "Hello World" "planet"))
(displayln (regexp-match #rx"(?i:racket)" "I like RaCkEt a lot"))
(displayln (regexp-match* #px"(?i:the)" "The cat and the hat. THE END."))
(displayln (regexp-replace* #px"(?i:cat)" "Cat cat CAT dog" "dog"))
(displayln (regexp-match #rx"(?i:[a-c]+)" "xyzABCabc"))
;; Only part of the pattern ignores case
(displayln (regexp-match? #rx"(?i:hello) World" "HELLO World"))
(displayln (regexp-match? #rx"(?i:hello) World" "HELLO WORLD"))
(displayln (regexp-quote "a.b" #f))
