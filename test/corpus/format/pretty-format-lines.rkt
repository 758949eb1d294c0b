#lang racket
;; pretty-format as models use it: to indent a value inside a larger report, or to count lines.

(define records
  (for/list ([i (in-range 1 7)])
    (list 'record i (list 'name (format "entry-~a" i)) (list 'scores (for/list ([j 4]) (* i j 7))))))

(define (indent-block text prefix)
  (string-join (map (lambda (line) (string-append prefix line)) (string-split text "\n")) "\n"))

(displayln "Report:")
(displayln (indent-block (pretty-format records 50) "  | "))

(define one-line (pretty-format records 'infinity))
(printf "One line is ~a characters long.\n" (string-length one-line))

(for ([width '(20 40 60 80 120)])
  (printf "At ~a columns: ~a lines\n" width (length (string-split (pretty-format records width) "\n"))))

(displayln "Modes:")
(for ([mode '(print write display)])
  (printf "~a: ~a\n" mode (pretty-format (list "text" 'sym #\c '(nested "list")) #:mode mode)))

(displayln "Into a string port:")
(define port (open-output-string))
(pretty-print (take records 2) port)
(pretty-display "done" port)
(write (get-output-string port))
(newline)
