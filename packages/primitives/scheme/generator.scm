;; racket/generator, ported from Racket 8.7's collects/racket/generator.rkt: a generator runs its
;; body under a prompt tagged yield-tag; `yield` captures the continuation up to that prompt and
;; aborts to it with the values; calling the generator again applies the captured continuation
;; under a new prompt (the machine grafts its frames there: src/machine/graft.ts in the
;; evaluator). Generators are procedures named `generator` (Racket's are a struct with
;; prop:procedure, printed the same way), recognised by `generator?`.

(define current-yielder
  (make-parameter
   (lambda _ (error 'yield "must be called in the context of a generator"))
   #f
   'current-yielder))

(define yield
  (case-lambda
    [() ((current-yielder))]
    [(v) ((current-yielder) v)]
    [vs (apply (current-yielder) vs)]))

(define yield-tag (make-continuation-prompt-tag 'yield))

(define-syntax generator
  (syntax-rules ()
    [(_ formals body0 body ...)
     (%create-generator (let ([generator (lambda formals body0 body ...)]) generator))]))

(define (%create-generator start)
  (let ([state 'fresh] [self #f])
    (define (yielder . vs)
      (set! state 'suspended)
      (call/cc (lambda (k)
                 (set! cont k)
                 (apply abort-current-continuation yield-tag vs))
               yield-tag))
    (define (cont . init-formals)
      (set! state 'running)
      (call-with-values
       (lambda () (apply start init-formals))
       ;; Only when the body ends: from now on every call returns its values again.
       (lambda rs
         (set! cont (lambda () (set! state 'done) (apply values rs)))
         (cont))))
    (define (call-cont vs)
      (call-with-continuation-prompt
       (lambda ()
         (parameterize ([current-yielder yielder])
           (apply cont vs)))
       yield-tag
       values))
    (define (err [what "send a value to"])
      (raise-arguments-error 'generator
                             (format "cannot ~a a ~a generator" what state)
                             "generator" self))
    (define generator
      (case-lambda
        [() (if (eq? state 'running)
                (err "call")
                (begin (set! state 'running) (call-cont '())))]
        ;; yield-tag asks for the state (see generator-state)
        [(x) (cond [(eq? x yield-tag) state]
                   [(memq state '(suspended running fresh))
                    (set! state 'running)
                    (call-cont (list x))]
                   [else (err)])]
        [xs (if (memq state '(suspended running fresh))
                (begin (set! state 'running) (call-cont xs))
                (err))]))
    (set! self (%mark-generator generator))
    self))

(define (generator-state g)
  (if (generator? g)
      (g yield-tag)
      (raise-argument-error 'generator-state "generator?" g)))

(define-syntax-rule (infinite-generator body0 body ...)
  (generator () (let loop () body0 body ... (loop))))

;; Racket's in-generator knows how many values each element has from the for clause or #:arity;
;; here the generator ends with one unique value whatever the arity, so one procedure serves all.
(define %generator-stop (string->uninterned-symbol "stop-value"))

(define-syntax in-generator
  (syntax-rules ()
    [(_ #:arity n body0 body ...) (%in-generator n (lambda () body0 body ...))]
    [(_ body0 body ...) (%in-generator 1 (lambda () body0 body ...))]))

(define (%in-generator arity body)
  (in-producer (generator () (body) %generator-stop)
               (lambda vals (and (pair? vals) (eq? (car vals) %generator-stop)))))

(define (sequence->generator sequence)
  (generator () (for ([i sequence]) (yield i))))

(define (sequence->repeated-generator sequence)
  (sequence->generator (in-cycle sequence)))
