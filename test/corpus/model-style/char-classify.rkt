#lang racket
;; Classifying characters and simple tokenizing
(define sample "Hello, World! 123 foo_bar\tλx. x+1")
(define (char-kind c)
  (cond [(char-upper-case? c) 'upper]
        [(char-lower-case? c) 'lower]
        [(char-numeric? c) 'digit]
        [(char-whitespace? c) 'space]
        [(char-punctuation? c) 'punct]
        [(char-symbolic? c) 'symbol]
        [else 'other]))
(define kinds (for/fold ([h (hash)]) ([c sample]) (hash-update h (char-kind c) add1 0)))
(for ([k '(upper lower digit space punct symbol other)])
  (printf "~a: ~a\n" k (hash-ref kinds k 0)))
(define (tokenize str)
  (let loop ([cs (string->list str)] [cur '()] [toks '()])
    (define (flush) (if (null? cur) toks (cons (list->string (reverse cur)) toks)))
    (cond [(null? cs) (reverse (flush))]
          [(or (char-alphabetic? (car cs)) (char-numeric? (car cs)) (char=? (car cs) #\_))
           (loop (cdr cs) (cons (car cs) cur) toks)]
          [(char-whitespace? (car cs)) (loop (cdr cs) '() (flush))]
          [else (loop (cdr cs) '() (cons (string (car cs)) (flush)))])))
(printf "tokens: ~s\n" (tokenize sample))
(printf "char->integer: ~a\n" (map char->integer (string->list "AZaz09")))
(printf "digits value: ~a\n" (map (lambda (c) (- (char->integer c) (char->integer #\0))) (string->list "4096")))
(printf "char-upcase of non-letters: ~a\n" (list->string (map char-upcase (string->list "a1-ß"))))
(printf "string-upcase ß: ~a\n" (string-upcase "straße"))
(printf "char comparisons: ~a ~a ~a\n" (char<? #\a #\b #\c) (char-ci=? #\a #\A) (char->integer #\newline))
(write (map integer->char '(65 32 10 9 0 127 955)))
(newline)
(printf "digit? via char-numeric?: ~a\n" (andmap char-numeric? (string->list "2024")))
