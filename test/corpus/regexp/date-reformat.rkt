#lang racket
;; Convert dates between formats with back-references.
(define us-dates '("12/25/2023" "01/02/2024" "7/4/1776" "13/45/2000"))

(define (us->iso d)
  (match (regexp-match #px"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$" d)
    [(list _ m day y)
     (format "~a-~a-~a" y (~r (string->number m) #:min-width 2 #:pad-string "0")
             (~r (string->number day) #:min-width 2 #:pad-string "0"))]
    [_ 'no-match]))

(for ([d us-dates]) (printf "~a -> ~a\n" d (us->iso d)))

(displayln (regexp-replace #px"(\\d{4})-(\\d{2})-(\\d{2})" "due 2024-03-09" "\\3.\\2.\\1"))
(displayln (regexp-replace* #px"(\\d+)/(\\d+)" "1/2 and 3/4" "\\2/\\1"))
(displayln (regexp-match #px"(?<=year )\\d{4}" "in the year 1999"))
