#lang racket
(define (tokenize str)
  (define in (open-input-string str))
  (let loop ([tokens '()] [cur '()])
    (define c (read-char in))
    (define (flush) (if (null? cur) tokens (cons (list->string (reverse cur)) tokens)))
    (cond [(eof-object? c) (reverse (flush))]
          [(char-whitespace? c) (loop (flush) '())]
          [(memv c '(#\( #\) #\+)) (loop (cons (string c) (flush)) '())]
          [else (loop tokens (cons c cur))])))
(write (tokenize "(add 12 x)+ y")) (newline)
