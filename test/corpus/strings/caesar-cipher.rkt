#lang racket
(define (shift-char c k)
  (cond [(char-alphabetic? c)
         (define base (if (char-upper-case? c) 65 97))
         (integer->char (+ base (modulo (+ (- (char->integer c) base) k) 26)))]
        [else c]))
(define (caesar s k) (list->string (map (lambda (c) (shift-char c k)) (string->list s))))
(define secret (caesar "Hello, World!" 3))
(displayln secret)
(displayln (caesar secret -3))
