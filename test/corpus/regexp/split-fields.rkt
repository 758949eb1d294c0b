#lang racket
;; Splitting strings with regular expressions.
(displayln (regexp-split #rx" *, *" "apples , bananas,cherries ,  dates"))
(displayln (regexp-split #px"\\s+" "  leading and   trailing  "))
(displayln (string-split "  leading and   trailing  " #px"\\s+"))
(displayln (regexp-split #rx"[;|]" "a;b|c;;d"))
(displayln (regexp-split #rx"" "abc"))
(displayln (regexp-split #rx"x" "no match here"))

;; key=value pairs separated by ampersands
(define query "name=Ada+Lovelace&lang=racket&empty=&flag")
(define pairs
  (for/list ([part (regexp-split #rx"&" query)])
    (match (regexp-split #rx"=" part)
      [(list k v) (cons k (regexp-replace* #rx"\\+" v " "))]
      [(list k) (cons k #t)])))
(for ([p pairs]) (printf "~s -> ~s\n" (car p) (cdr p)))
(displayln (string-join (map car pairs) ", "))
