#lang racket
;; Run-length encoding and decoding
(define (rle-encode str)
  (if (string=? str "") '()
      (let loop ([cs (cdr (string->list str))] [cur (string-ref str 0)] [n 1] [acc '()])
        (cond [(null? cs) (reverse (cons (cons cur n) acc))]
              [(char=? (car cs) cur) (loop (cdr cs) cur (add1 n) acc)]
              [else (loop (cdr cs) (car cs) 1 (cons (cons cur n) acc))]))))
(define (rle->string runs)
  (apply string-append (for/list ([r runs]) (format "~a~a" (cdr r) (car r)))))
(define (rle-decode str)
  (for/fold ([out ""]) ([m (regexp-match* #px"(\\d+)(\\D)" str #:match-select cdr)])
    (string-append out (make-string (string->number (first m)) (string-ref (second m) 0)))))
(for ([s '("aaabbbcccd" "abc" "" "zzzzzzzzzzzz" "aabbaa")])
  (define enc (rle-encode s))
  (printf "~s -> ~a -> ~s -> ~s\n" s enc (rle->string enc) (rle-decode (rle->string enc))))
(define (pack lst)
  (if (null? lst) '()
      (let-values ([(same rest) (splitf-at lst (lambda (x) (equal? x (car lst))))])
        (cons same (pack rest)))))
(printf "pack: ~a\n" (pack '(a a b c c c a d d)))
(printf "counts: ~a\n" (map (lambda (g) (list (length g) (car g))) (pack '(1 1 2 3 3 3))))
