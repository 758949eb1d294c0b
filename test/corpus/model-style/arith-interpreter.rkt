#lang racket
;; A tiny arithmetic language interpreter using match
(define (evaluate expr env)
  (match expr
    [(? number? n) n]
    [(? symbol? s) (hash-ref env s (lambda () (error 'evaluate "unbound variable: ~a" s)))]
    [`(+ ,a ,b) (+ (evaluate a env) (evaluate b env))]
    [`(- ,a ,b) (- (evaluate a env) (evaluate b env))]
    [`(* ,a ,b) (* (evaluate a env) (evaluate b env))]
    [`(/ ,a ,b)
     (let ([d (evaluate b env)])
       (if (zero? d)
           (error 'evaluate "division by zero in ~s" expr)
           (/ (evaluate a env) d)))]
    [`(let ([,x ,e]) ,body) (evaluate body (hash-set env x (evaluate e env)))]
    [`(if0 ,c ,t ,e) (if (zero? (evaluate c env)) (evaluate t env) (evaluate e env))]
    [`(lambda (,x) ,body) (lambda (v) (evaluate body (hash-set env x v)))]
    [`(,f ,a) ((evaluate f env) (evaluate a env))]
    [_ (error 'evaluate "unknown expression: ~s" expr)]))
(define tests
  '(42 (+ 1 2) (* (+ 1 2) (- 10 4)) (/ 10 4) (let ([x 5]) (* x x))
    (let ([x 2]) (let ([y 3]) (+ x y))) (if0 (- 3 3) 100 200) (/ 1 0)
    ((lambda (n) (* n 10)) 7) (let ([sq (lambda (n) (* n n))]) (sq 12))
    (foo 1 2) z "str"))
(for ([t tests])
  (with-handlers ([exn:fail? (lambda (e) (printf "~s => error: ~a\n" t (exn-message e)))])
    (printf "~s => ~a\n" t (evaluate t (hash)))))
(define (simplify e)
  (match e
    [`(+ 0 ,x) (simplify x)]
    [`(+ ,x 0) (simplify x)]
    [`(* 1 ,x) (simplify x)]
    [`(* ,x 1) (simplify x)]
    [`(* 0 ,_) 0]
    [`(,op ,a ,b) (list op (simplify a) (simplify b))]
    [_ e]))
(println (simplify '(+ (* 1 x) (+ 0 (* y 0)))))
