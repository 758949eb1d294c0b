#lang racket
;; Which exception types do errors raised by built-in procedures have?
(define (classify thunk)
  (with-handlers ([exn:fail:contract:divide-by-zero? (lambda (e) 'divide-by-zero)]
                  [exn:fail:contract:arity? (lambda (e) 'arity)]
                  [exn:fail:contract:variable? (lambda (e) 'variable)]
                  [exn:fail:contract? (lambda (e) 'contract)]
                  [exn:fail:user? (lambda (e) 'user)]
                  [exn:fail? (lambda (e) 'fail)]
                  [exn? (lambda (e) 'exn)]
                  [(lambda (v) #t) (lambda (v) (list 'raised v))])
    (thunk)
    'no-error))

(define cases
  (list (cons "car of number" (lambda () (car 5)))
        (cons "division" (lambda () (quotient 10 0)))
        (cons "arity" (lambda () ((lambda (a b) a) 1)))
        (cons "error" (lambda () (error 'thing "went wrong")))
        (cons "user error" (lambda () (raise-user-error 'tool "bad usage")))
        (cons "vector index" (lambda () (vector-ref (vector 1 2 3) 10)))
        (cons "hash-ref" (lambda () (hash-ref (hash) 'missing)))
        (cons "raise symbol" (lambda () (raise 'oops)))
        (cons "string->symbol" (lambda () (string->symbol 42)))
        (cons "ok" (lambda () (+ 1 2)))))

(for ([c cases])
  (printf "~a: ~a\n" (car c) (classify (cdr c))))

(define e (with-handlers ([values values]) (list-ref '(1 2) 5)))
(printf "message: ~a\n" (exn-message e))
(printf "is exn:fail:contract? ~a\n" (exn:fail:contract? e))
(printf "marks: ~a\n" (continuation-mark-set? (exn-continuation-marks e)))
(printf "printed: ~s\n" (struct->vector (make-exn:fail "x" (current-continuation-marks))))
