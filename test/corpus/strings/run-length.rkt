#lang racket
(define (rle s)
  (define chars (string->list s))
  (if (null? chars) ""
      (let loop ([cs (cdr chars)] [cur (car chars)] [n 1] [acc '()])
        (define (emit) (cons (format "~a~a" n cur) acc))
        (cond [(null? cs) (apply string-append (reverse (emit)))]
              [(char=? (car cs) cur) (loop (cdr cs) cur (add1 n) acc)]
              [else (loop (cdr cs) (car cs) 1 (emit))]))))
(displayln (rle "aaabccdddd"))
(displayln (rle "x"))
(write (rle "")) (newline)
