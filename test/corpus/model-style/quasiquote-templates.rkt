#lang racket
;; Quasiquote for building data and code
(define name "Racket")
(define version 8.7)
(define features '(macros continuations contracts))
(displayln `(language ,name version ,version))
(displayln `(features ,@features count ,(length features)))
(println `(1 ,(+ 1 1) ,@(map add1 '(2 3)) 5))
(define (make-element tag attrs . children)
  `(,tag ,@(if (null? attrs) '() `((@ ,@attrs))) ,@children))
(define page
  (make-element 'html '()
                (make-element 'head '() (make-element 'title '() "Hello"))
                (make-element 'body '((class "main"))
                              (make-element 'p '() "Hi " (make-element 'b '() "there")))))
(println page)
(define (render x)
  (match x
    [(? string?) x]
    [`(,tag (@ ,attrs ...) ,kids ...)
     (format "<~a~a>~a</~a>" tag
             (apply string-append (for/list ([a attrs]) (format " ~a=\"~a\"" (first a) (second a))))
             (apply string-append (map render kids)) tag)]
    [`(,tag ,kids ...) (format "<~a>~a</~a>" tag (apply string-append (map render kids)) tag)]))
(displayln (render page))
(define (make-adder-code n) `(lambda (x) (+ x ,n)))
(println (make-adder-code 5))
(define ns (make-base-namespace))
(printf "eval'd: ~a\n" ((eval (make-adder-code 5) ns) 10))
(println `#(1 ,(* 2 3) ,@(list 'a 'b)))
(println `(nested `(inner ,(x ,(+ 1 2)))))
(println '(quote x))
(println ''x)
(write '(quasiquote (a (unquote b) (unquote-splicing c))))
(newline)
(println `(a . ,(+ 1 2)))
(println `((key . ,name) (len . ,(string-length name))))
