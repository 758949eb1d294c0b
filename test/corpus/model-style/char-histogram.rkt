#lang racket
;; A letter-frequency bar chart
(define text "It was the best of times, it was the worst of times, it was the age of wisdom")
(define counts
  (for/fold ([h (hash)]) ([c (string-downcase text)] #:when (char-alphabetic? c))
    (hash-update h c add1 0)))
(define sorted (sort (hash->list counts) (lambda (a b) (or (> (cdr a) (cdr b)) (and (= (cdr a) (cdr b)) (char<? (car a) (car b)))))))
(define max-count (cdr (first sorted)))
(for ([p (take sorted 8)])
  (printf "~a | ~a ~a\n" (car p) (make-string (round (* 30 (/ (cdr p) max-count))) #\#) (cdr p)))
(printf "distinct letters: ~a\n" (hash-count counts))
(printf "letters: ~a\n" (list->string (sort (hash-keys counts) char<?)))
(define total (apply + (hash-values counts)))
(printf "total letters: ~a\n" total)
(for ([c (string->list "etaw")])
  (printf "~a: ~a%\n" c (~r (* 100.0 (/ (hash-ref counts c 0) total)) #:precision '(= 1))))
(printf "missing letters: ~a\n"
        (list->string (for/list ([i (in-range 26)]
                                 #:unless (hash-has-key? counts (integer->char (+ 97 i))))
                        (integer->char (+ 97 i)))))
