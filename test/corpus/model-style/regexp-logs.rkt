#lang racket
;; Parsing log lines and text with regular expressions
(define log-lines
  '("2024-01-15 ERROR Disk full on /dev/sda1"
    "2024-01-15 INFO User alice logged in"
    "2024-01-16 WARN Memory at 85%"
    "2024-01-16 ERROR Connection timeout after 30s"
    "garbage line"))
(for ([line log-lines])
  (match (regexp-match #px"^(\\d{4})-(\\d{2})-(\\d{2}) (\\w+) (.*)$" line)
    [(list _ y m d level msg) (printf "[~a] ~a/~a/~a: ~a\n" level d m y msg)]
    [#f (printf "unparseable: ~s\n" line)]))
(printf "~a\n" (regexp-match #rx"[0-9]+" "abc 123 def 456"))
(printf "~a\n" (regexp-match* #rx"[0-9]+" "abc 123 def 456"))
(printf "~a\n" (regexp-replace #rx"o" "foo boo" "0"))
(printf "~a\n" (regexp-replace* #rx"o" "foo boo" "0"))
(printf "~a\n" (regexp-replace* #px"(\\w+)@(\\w+)\\.com" "mail bob@example.com or amy@test.com" "\\2 at \\1"))
(printf "~a\n" (regexp-split #rx" *, *" "a , b,c ,  d"))
(printf "~a\n" (regexp-match? #rx"^[A-Z][a-z]+$" "Hello"))
(printf "~a\n" (regexp-match-positions #rx"b+" "aabbbcc"))
(define (valid-email? s) (regexp-match? #px"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$" s))
(for ([e '("user@example.com" "bad@" "first.last+tag@sub.domain.org" "no spaces@x.com")])
  (printf "~a: ~a\n" e (valid-email? e)))
(printf "~a\n" (regexp-replace* #px"\\s+" "  too   many    spaces  " " "))
(printf "~a\n" (string-split "one1two22three333four" #px"\\d+"))
(printf "~a\n" (regexp-replace* #rx"[aeiou]" "functional programming" (lambda (m) (string-upcase m))))
(printf "~a\n" (regexp-match #px"(?i:HELLO)" "say hello"))
(printf "~a\n" (map string->number (regexp-match* #px"-?\\d+\\.?\\d*" "temps: -3.5, 12, 7.25 and -10")))
(printf "~s\n" (regexp-match #rx"(a)|(b)" "b"))
(printf "~a\n" (regexp-quote "1+1=2?"))
(define level-counts
  (for/fold ([h (hash)]) ([line log-lines])
    (match (regexp-match #px"^\\S+ (\\w+)" line)
      [(list _ level) (hash-update h level add1 0)]
      [_ h])))
(println level-counts)
(printf "~a\n" (regexp-match* #px"(\\w)(\\d)" "a1 b2 c3" #:match-select cadr))
(printf "~a\n" (regexp-replace #px"^(\\w+) (\\w+)$" "hello world" "\\2 \\1"))
