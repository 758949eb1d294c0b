#lang racket
;; Small macros with define-syntax-rule and syntax-rules
(define-syntax-rule (swap! a b) (let ([tmp a]) (set! a b) (set! b tmp)))
(define x 1)
(define y 2)
(swap! x y)
(printf "x=~a y=~a\n" x y)
(define-syntax-rule (unless-zero n body ...) (if (zero? n) 'zero (begin body ...)))
(printf "~a ~a\n" (unless-zero 0 'a) (unless-zero 5 'b 'c))
(define-syntax-rule (while cond body ...) (let loop () (when cond body ... (loop))))
(define i 0)
(while (< i 3) (printf "while i=~a\n" i) (set! i (add1 i)))
(define-syntax-rule (with-label label expr) (let ([v expr]) (printf "~a done\n" label) v))
(printf "result: ~a\n" (with-label "sum" (for/sum ([k 100]) k)))
(define-syntax my-or
  (syntax-rules ()
    [(_) #f]
    [(_ e) e]
    [(_ e r ...) (let ([t e]) (if t t (my-or r ...)))]))
(define t 5)
(printf "hygiene: ~a\n" (my-or #f t))
(define-syntax for-range
  (syntax-rules (from to)
    [(_ var from lo to hi body ...) (for ([var (in-range lo hi)]) body ...)]))
(for-range k from 1 to 4 (printf "k=~a " k))
(newline)
(define-syntax-rule (inc! v) (set! v (add1 v)))
(define counter 0)
(for ([_ 10]) (inc! counter))
(printf "counter: ~a\n" counter)
(define-syntax my-let*
  (syntax-rules ()
    [(_ () body ...) (let () body ...)]
    [(_ ([n v] rest ...) body ...) (let ([n v]) (my-let* (rest ...) body ...))]))
(printf "my-let*: ~a\n" (my-let* ([a 1] [b (+ a 1)] [c (* b 3)]) (list a b c)))
(define-syntax-rule (check expr) (unless expr (error 'check "assertion failed: ~s" 'expr)))
(check (= 1 1))
(printf "check passed\n")
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (check (> 1 2)))
(define-syntax-rule (define-getter name field) (define (name h) (hash-ref h 'field #f)))
(define-getter get-name name)
(printf "getter: ~a ~a\n" (get-name (hash 'name "Zed")) (get-name (hash)))
(define-syntax my-cond
  (syntax-rules (else)
    [(_ (else e ...)) (begin e ...)]
    [(_ (c e ...) clause ...) (if c (begin e ...) (my-cond clause ...))]))
(printf "my-cond: ~a\n" (my-cond [(> 1 2) 'no] [(< 1 2) 'yes] [else 'never]))
(define-syntax-rule (repeat n body ...) (for ([_ (in-range n)]) body ...))
(repeat 3 (display "hey "))
(newline)
(define-syntax-rule (unless-null lst f) (if (null? lst) '() (f lst)))
(printf "unless-null: ~a ~a\n" (unless-null '() car) (unless-null '(1 2) cdr))
