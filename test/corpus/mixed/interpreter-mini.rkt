#lang racket
(define (lookup env x) (cond [(assq x env) => cdr] [else (error 'lookup "unbound: ~a" x)]))
(define (evaluate e env)
  (match e
    [(? number?) e]
    [(? symbol?) (lookup env e)]
    [`(lambda (,x) ,body) (lambda (v) (evaluate body (cons (cons x v) env)))]
    [`(let ([,x ,v]) ,body) (evaluate body (cons (cons x (evaluate v env)) env))]
    [`(if0 ,c ,t ,f) (if (zero? (evaluate c env)) (evaluate t env) (evaluate f env))]
    [`(,op ,a ,b) #:when (memq op '(+ - *)) ((case op [(+) +] [(-) -] [(*) *]) (evaluate a env) (evaluate b env))]
    [`(,f ,a) ((evaluate f env) (evaluate a env))]))
(displayln (evaluate '(let ([x 5]) (* x (+ x 1))) '()))
(displayln (evaluate '((lambda (y) (if0 y 100 (- y 1))) 0) '()))
(displayln (with-handlers ([exn:fail? exn-message]) (evaluate '(+ z 1) '())))
