#lang racket
;; A short tour of what rlms runs today: `pnpm exec rlms run examples/tour.scm`
;; (its output is identical to `racket examples/tour.scm`; test/cli checks that it runs)

;; Procedures with optional and keyword arguments, as models write them.
(define (greet name #:greeting [greeting "Hello"] . rest)
  (string-append greeting ", " name "!"))
(displayln (greet "world"))
(displayln (greet "Racket" #:greeting "Hi"))

;; Exact arithmetic: bignums, rationals, and flonums printed as Racket prints them.
(displayln (list (expt 2 100) (/ 1 3) (* 1/2 4) (sqrt 16) (exact->inexact 1/3) 1e21))

;; Proper tail calls and deep recursion (a million frames, on the heap).
(define (count-up n) (if (= n 0) 0 (+ 1 (count-up (- n 1)))))
(displayln (count-up 1000000))

;; Hygienic macros.
(define-syntax-rule (swap! a b) (let ([tmp a]) (set! a b) (set! b tmp)))
(define tmp 'first)
(define other 'second)
(swap! tmp other)
(displayln (list tmp other))

;; First-class continuations: a generator that is re-entered.
(define (make-generator items)
  (define return #f)
  (define resume #f)
  (lambda ()
    (call/cc
     (lambda (r)
       (set! return r)
       (if resume
           (resume 'go)
           (begin
             (for-each (lambda (x) (call/cc (lambda (k) (set! resume k) (return x)))) items)
             (return 'done)))))))
(define next (make-generator '(a b c)))
(displayln (list (next) (next) (next) (next)))

;; Errors in Racket's words, caught and inspected.
(displayln (with-handlers ([exn:fail? exn-message]) (car 5)))

;; Quasiquote builds data.
(define n 3)
(displayln `(n is ,n and its square is ,(* n n) ,@(map add1 '(1 2 3))))

;; The library models reach for: for loops, match, hash tables, strings, formatting.
(struct item (name price qty) #:transparent)
(define cart (list (item "apple" 0.5 6) (item "bread" 2.25 1) (item "cheese" 7.8 2)))
(define totals
  (for/hash ([i cart])
    (match i [(item name price qty) (values name (* price qty))])))
(for ([name (sort (hash-keys totals) string<?)])
  (printf "~a ~a\n" (~a name #:width 8) (~r (hash-ref totals name) #:precision '(= 2))))
(displayln (string-join (map item-name cart) ", "))
(println (first cart))
