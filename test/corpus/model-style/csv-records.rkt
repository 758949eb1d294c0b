#lang racket
;; Parse CSV text into records (hash tables keyed by column name)
(define csv-data "name,age,city
Alice,30,New York
Bob,25,Boston
Carol,35,Chicago
Dave,28,Denver")

(define (parse-csv str)
  (map (lambda (line) (string-split line ","))
       (string-split str "\n")))

(define rows (parse-csv csv-data))
(define header (first rows))
(define records
  (for/list ([row (rest rows)])
    (for/hash ([k header] [v row])
      (values (string->symbol k) v))))

(for ([r records])
  (printf "~a is ~a years old and lives in ~a\n"
          (hash-ref r 'name) (hash-ref r 'age) (hash-ref r 'city)))

(define ages (map (lambda (r) (string->number (hash-ref r 'age))) records))
(printf "Average age: ~a\n" (/ (apply + ages) (length ages)))
(printf "Average age (decimal): ~a\n" (exact->inexact (/ (apply + ages) (length ages))))
(displayln (first records))
(println (first records))
(define oldest (argmax (lambda (r) (string->number (hash-ref r 'age))) records))
(printf "Oldest: ~a\n" (hash-ref oldest 'name))
(printf "Cities: ~a\n" (string-join (sort (map (lambda (r) (hash-ref r 'city)) records) string<?) "; "))
(printf "Fields with empty values: ~a\n" (string-split "a,,b," "," #:trim? #f))
