#lang racket
(define inputs '("10" "x" "20" "" "5"))
(define total
  (for/fold ([sum 0]) ([s inputs])
    (with-handlers ([exn:fail? (lambda (e) (printf "skipping ~s: ~a\n" s (exn-message e)) sum)])
      (define n (string->number s))
      (unless n (error 'parse "not a number: ~s" s))
      (+ sum n))))
(printf "total ~a\n" total)
