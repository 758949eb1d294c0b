#lang racket
;; Word-wrapping text to a fixed width and justifying it
(define text "Racket is a general-purpose programming language in the Lisp family. It is also a platform for language creation, design and implementation.")
(define (wrap str width)
  (define words (string-split str))
  (let loop ([words words] [line ""] [lines '()])
    (cond [(null? words) (reverse (if (string=? line "") lines (cons line lines)))]
          [(string=? line "") (loop (cdr words) (car words) lines)]
          [(<= (+ (string-length line) 1 (string-length (car words))) width)
           (loop (cdr words) (string-append line " " (car words)) lines)]
          [else (loop words "" (cons line lines))])))
(for ([line (wrap text 30)]) (printf "|~a|\n" (~a line #:min-width 30)))
(newline)
(for ([line (wrap text 40)]) (printf "|~a|\n" (~a line #:min-width 40 #:align 'center)))
(newline)
(for ([line (wrap text 25)]) (printf "|~a|\n" (~a line #:min-width 25 #:align 'right)))
(define (count-lines str width) (length (wrap str width)))
(printf "lines at widths 10/20/50: ~a ~a ~a\n" (count-lines text 10) (count-lines text 20) (count-lines text 50))
(define (truncate-words str n) (string-join (take (string-split str) (min n (length (string-split str)))) " "))
(printf "first five words: ~a...\n" (truncate-words text 5))
