#lang racket
(require rackunit)
;; String helpers with a bug or two: the failing checks print FAILURE blocks on stderr and the
;; program carries on.

(define (capitalize s)
  (if (string=? s "") s (string-append (string-upcase (substring s 0 1)) (substring s 1))))

(define (word-count s) (length (string-split s " ")))   ; bug: repeated spaces leave empty words

(define (palindrome? s)
  (define clean (string-downcase s))                      ; bug: keeps spaces and punctuation
  (string=? clean (list->string (reverse (string->list clean)))))

(define (truncate-string s n)
  (if (> (string-length s) n) (string-append (substring s 0 n) "...") s))

(displayln "Testing capitalize")
(check-equal? (capitalize "hello") "Hello")
(check-equal? (capitalize "") "")
(check-equal? (capitalize "hello world") "Hello World" "capitalize each word")

(displayln "Testing word-count")
(check-equal? (word-count "the quick brown fox") 4)
(check-equal? (word-count "  spaced   out  ") 2)

(displayln "Testing palindrome?")
(check-true (palindrome? "Racecar"))
(check-true (palindrome? "A man, a plan, a canal: Panama"))
(check-false (palindrome? "hello"))

(displayln "Testing truncate-string")
(check-equal? (truncate-string "abcdefgh" 3) "abc...")
(check-equal? (truncate-string "abc" 3) "abc")
(check-equal? (string-length (truncate-string "abcdefgh" 5)) 5)

(displayln "Done.")
