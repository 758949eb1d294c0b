#lang racket
;; A traffic light state machine with case and symbols
(define (next-state s)
  (case s
    [(green) 'yellow]
    [(yellow) 'red]
    [(red) 'green]
    [else (error 'next-state "invalid state: ~a" s)]))
(define (duration s) (case s [(green) 30] [(yellow) 5] [(red) 20]))
(let loop ([s 'green] [t 0] [n 0])
  (when (< n 7)
    (printf "t=~a: ~a for ~as\n" (~a t #:min-width 3 #:align 'right) s (duration s))
    (loop (next-state s) (+ t (duration s)) (add1 n))))
(define (run-machine transitions start inputs)
  (for/fold ([state start] [trace (list start)] #:result (reverse trace)) ([in inputs])
    (define next (hash-ref transitions (cons state in) state))
    (values next (cons next trace))))
(define turnstile (hash '(locked . coin) 'unlocked '(unlocked . push) 'locked '(locked . push) 'locked '(unlocked . coin) 'unlocked))
(printf "turnstile: ~a\n" (run-machine turnstile 'locked '(push coin coin push push coin)))
(define (classify-char c)
  (cond [(char-numeric? c) 'digit] [(char-alphabetic? c) 'letter] [(char-whitespace? c) 'space] [else 'other]))
(printf "classes: ~a\n" (map classify-char (string->list "a1 ?")))
(printf "case with numbers: ~a\n" (for/list ([n '(1 2 3 4 5)]) (case n [(1 3 5) 'odd] [(2 4) 'even])))
(printf "case fallthrough: ~a\n" (case 'zzz [(a) 1] [(b) 2]))
(next-state 'blue)
