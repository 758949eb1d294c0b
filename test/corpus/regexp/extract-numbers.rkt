#lang racket
;; Pull all the numbers out of free text.
(define text "Order 66 shipped 3 boxes weighing 12.5 kg and 0.75 kg, total cost $1,299 (tax -4.5).")

(define integers (regexp-match* #px"\\d+" text))
(displayln integers)

(define decimals (regexp-match* #px"-?\\d+(?:\\.\\d+)?" text))
(displayln decimals)
(displayln (map string->number decimals))
(printf "sum: ~a\n" (apply + (map string->number decimals)))

;; Positions of each number in the text.
(displayln (regexp-match-positions* #px"\\d+\\.\\d+" text))

;; Remove thousands separators before converting.
(define money (regexp-replace* #rx"," "$1,299 and $25,000" ""))
(displayln money)
(displayln (map string->number (regexp-match* #px"\\d+" money)))
