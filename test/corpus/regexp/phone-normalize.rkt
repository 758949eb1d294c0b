#lang racket
;; Normalize phone numbers written in many styles.
(define raw-numbers
  '("(555) 123-4567" "555.123.4567" "555 123 4567" "+1-555-123-4567" "5551234567" "123-45"))

(define (digits-only s) (regexp-replace* #px"\\D" s ""))

(define (normalize s)
  (define d (digits-only s))
  (define ten (if (and (= (string-length d) 11) (string-prefix? d "1")) (substring d 1) d))
  (if (= (string-length ten) 10)
      (regexp-replace #px"^(\\d{3})(\\d{3})(\\d{4})$" ten "(\\1) \\2-\\3")
      #f))

(for ([n raw-numbers])
  (printf "~a => ~a\n" n (or (normalize n) "invalid")))

(define normalized (filter-map normalize raw-numbers))
(printf "distinct: ~a\n" (remove-duplicates normalized))
(displayln (regexp-match #px"^\\((\\d{3})\\)" (car normalized)))
