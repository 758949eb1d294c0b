#lang racket
;; Reverse Polish notation calculator; the last expression underflows the stack
(define (rpn str)
  (define (apply-op op stack)
    (match stack
      [(list b a rest ...)
       (cons (case op
               [("+") (+ a b)]
               [("-") (- a b)]
               [("*") (* a b)]
               [("/") (/ a b)]
               [("^") (expt a b)])
             rest)]
      [_ (error 'rpn "stack underflow at ~s with stack ~a" op stack)]))
  (define result
    (for/fold ([stack '()]) ([tok (string-split str)])
      (cond [(string->number tok) => (lambda (n) (cons n stack))]
            [(member tok '("+" "-" "*" "/" "^")) (apply-op tok stack)]
            [else (error 'rpn "unknown token: ~a" tok)])))
  (if (= (length result) 1)
      (car result)
      (error 'rpn "malformed expression, stack: ~a" result)))
(for ([e '("3 4 +" "5 1 2 + 4 * + 3 -" "2 3 ^" "10 4 /" "1.5 2 *" "2 0.5 ^")])
  (printf "~a = ~a\n" e (rpn e)))
(for ([e '("1 +" "1 2" "3 x *" "4 0 /")])
  (with-handlers ([exn:fail? (lambda (ex) (printf "~a -> ~a\n" e (exn-message ex)))])
    (rpn e)))
(rpn "1 2 + +")
