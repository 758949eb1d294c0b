#lang racket
(define csv "name,age,city\nAlice,30,Paris\nBob,25,Berlin\nCarol,35,Tokyo")
(define lines (string-split csv "\n"))
(define header (string-split (first lines) ","))
(define rows (map (lambda (l) (string-split l ",")) (rest lines)))
(define records (map (lambda (r) (map cons header r)) rows))
(for ([r records])
  (printf "~a is ~a years old and lives in ~a\n"
          (cdr (assoc "name" r)) (cdr (assoc "age" r)) (cdr (assoc "city" r))))
(define ages (map (lambda (r) (string->number (cdr (assoc "age" r)))) records))
(printf "average age: ~a\n" (/ (apply + ages) (length ages)))
