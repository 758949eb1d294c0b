#lang racket
;; A tiny optimizer over quoted code: constant folding and dead-branch removal, with the code
;; shown before and after by pretty-print.

(define program
  '(define (area-report shape)
     (let ([pi-approx (* 355 (/ 1 113))] [scale (+ 1 1)])
       (cond
         [(eq? (car shape) 'circle) (* pi-approx (* (cadr shape) (cadr shape)) scale)]
         [(eq? (car shape) 'square) (if (> 2 1) (* (cadr shape) (cadr shape)) (error "never"))]
         [else (begin (displayln "unknown shape") (list 'unknown shape (+ 40 2)))]))))

(define (fold expr)
  (match expr
    [(list (and op (or '+ '- '* '/)) args ...)
     (define folded (map fold args))
     (if (andmap number? folded)
         (apply (case op [(+) +] [(-) -] [(*) *] [(/) /]) folded)
         (cons op folded))]
    [(list 'if test then else)
     (define t (fold test))
     (match t
       [(list '> (? number? a) (? number? b)) (if (> a b) (fold then) (fold else))]
       [_ (list 'if t (fold then) (fold else))])]
    [(list 'quote _) expr]
    [(list xs ...) (map fold xs)]
    [_ expr]))

(displayln "Before:")
(pretty-print program)
(displayln "After:")
(pretty-print (fold program))
(displayln "As written (pretty-write):")
(pretty-write (fold program))
(displayln "At 50 columns:")
(parameterize ([pretty-print-columns 50])
  (pretty-print (fold program)))
