;; racket/function (identity const thunk thunk* negate curry curryr conjoin disjoin) and
;; racket/base's compose and compose1, after racket/function.rkt and racket/private/list.rkt.
;; Arity comes from procedure-arity-includes? and procedure-arity-mask (src/function.ts).
;;
;; Differences from Racket: the procedures made here accept no keyword arguments (Racket's
;; `const` and `thunk*` results ignore them), and curried procedures do not advertise a reduced
;; arity (too many arguments reach the curried procedure itself and fail there).

(define (identity x) x)

(define (const c)
  (define (const . _) c)
  const)

(define-syntax-rule (thunk body0 body ...) (lambda () body0 body ...))

(define-syntax-rule (thunk* body0 body ...) (lambda _ body0 body ...))

(define (negate f)
  (check-procedure 'negate f)
  (case (procedure-arity-mask f)
    [(1) (lambda () (not (f)))]
    [(2) (lambda (x) (not (f x)))]
    [(4) (lambda (x y) (not (f x y)))]
    [else (lambda args (not (apply f args)))]))

;; ---- curry, curryr ------------------------------------------------------------------------------

(define (%make-curry who right?)
  ;; The most arguments `f` takes (+inf.0 for a rest argument), as racket/function.rkt computes it.
  (define (arity-upper-bound mask)
    (cond [(eqv? mask 0) #f]
          [(negative? mask) +inf.0]
          [else (- (integer-length mask) 1)]))
  (define (do-curry f)
    (check-procedure who f)
    (let* ([name (%procedure-name f)]
           [curried-name (if name
                             (string->symbol (string-append "curried:" (symbol->string name)))
                             'curried)]
           [max-arity (arity-upper-bound (procedure-arity-mask f))])
      (define (make-curried args-so-far)
        (procedure-rename
         (lambda new-args
           (let ([args (if right? (append new-args args-so-far) (append args-so-far new-args))])
             (if (procedure-arity-includes? f (length args))
                 (apply f args)
                 (make-curried args))))
         curried-name))
      (procedure-rename
       (lambda args
         (if (eqv? (length args) max-arity)
             (apply f args)
             (make-curried args)))
       curried-name)))
  (procedure-rename
   (case-lambda
     [(f) (do-curry f)]
     [(f . args) (apply (do-curry f) args)])
   who))

(define curry (%make-curry 'curry #f))
(define curryr (%make-curry 'curryr #t))

;; ---- compose, compose1 --------------------------------------------------------------------------

;; Racket checks every argument is a procedure and names the bad one's position.
(define (%check-procedures who fs)
  (let loop ([gs fs] [i 0])
    (unless (null? gs)
      (unless (procedure? (car gs))
        (if (null? (cdr fs))
            (raise-argument-error who "procedure?" (car gs))
            (apply raise-argument-error who "procedure?" i fs)))
      (loop (cdr gs) (+ i 1)))))

;; compose1: each function's single result feeds the next (the last one may take any arguments).
(define compose1
  (case-lambda
    [() values]
    [(f) (%check-procedures 'compose1 (list f)) f]
    [fs
     (%check-procedures 'compose1 fs)
     (let* ([rfs (reverse fs)] [g (car rfs)] [outer (cdr rfs)])
       (define (composed . args)
         (let loop ([v (apply g args)] [fs outer])
           (if (null? fs) v (loop ((car fs) v) (cdr fs)))))
       composed)]))

;; compose: all the results of each function are the arguments of the next.
(define compose
  (case-lambda
    [() values]
    [(f) (%check-procedures 'compose (list f)) f]
    [fs
     (%check-procedures 'compose fs)
     (let* ([rfs (reverse fs)] [g (car rfs)] [outer (cdr rfs)])
       (define (composed . args)
         (let loop ([thunk (lambda () (apply g args))] [fs outer])
           (if (null? fs)
               (thunk)
               (let ([f (car fs)])
                 (loop (lambda () (call-with-values thunk f)) (cdr fs))))))
       composed)]))

;; ---- conjoin, disjoin ---------------------------------------------------------------------------

;; Racket 8.7's disjoin also reports a non-procedure as `conjoin`'s argument.
(define (conjoin . fs)
  (for-each (lambda (f) (unless (procedure? f) (raise-argument-error 'conjoin "procedure?" f))) fs)
  (define (conjoined . args)
    (let loop ([fs fs] [result #t])
      (cond [(null? fs) result]
            [(apply (car fs) args) => (lambda (r) (loop (cdr fs) r))]
            [else #f])))
  conjoined)

(define (disjoin . fs)
  (for-each (lambda (f) (unless (procedure? f) (raise-argument-error 'conjoin "procedure?" f))) fs)
  (define (disjoined . args)
    (let loop ([fs fs])
      (cond [(null? fs) #f]
            [(apply (car fs) args) => (lambda (r) r)]
            [else (loop (cdr fs))])))
  disjoined)
