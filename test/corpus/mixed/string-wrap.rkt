#lang racket
(define (wrap text width)
  (define words (string-split text))
  (let loop ([ws words] [line ""] [lines '()])
    (cond [(null? ws) (reverse (if (string=? line "") lines (cons line lines)))]
          [(string=? line "") (loop (cdr ws) (car ws) lines)]
          [(> (+ (string-length line) 1 (string-length (car ws))) width) (loop ws "" (cons line lines))]
          [else (loop (cdr ws) (string-append line " " (car ws)) lines)])))
(for ([l (wrap "The quick brown fox jumps over the lazy dog and keeps running far away" 20)])
  (printf "|~a|\n" (~a l #:width 20)))
