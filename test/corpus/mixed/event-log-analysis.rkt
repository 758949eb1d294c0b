#lang racket
(define log-lines
  '("2024-05-01 10:00:01 INFO start"
    "2024-05-01 10:00:05 WARN disk 81%"
    "2024-05-01 10:01:00 ERROR timeout db"
    "2024-05-01 10:02:30 INFO request ok"
    "2024-05-01 10:03:10 ERROR timeout cache"))
(define (level line) (third (string-split line)))
(define by-level (make-hash))
(for ([l log-lines]) (hash-update! by-level (level l) add1 0))
(for ([lv '("INFO" "WARN" "ERROR")]) (printf "~a: ~a\n" lv (hash-ref by-level lv 0)))
(define errors (filter (lambda (l) (string=? (level l) "ERROR")) log-lines))
(for ([e errors]) (printf "~a @ ~a\n" (string-join (drop (string-split e) 3) " ") (second (string-split e))))
