;; racket/control, ported from Racket 8.7's collects/racket/control.rkt: the classic delimited
;; control operators over prompts and composable continuations. Not provided: `set` and `cupto`
;; (racket/set's `set` is always bound here) and `spawn` and `splitter`.

(define call/prompt call-with-continuation-prompt)
(define call/comp call-with-composable-continuation)
(define abort/cc abort-current-continuation)

(define (abort . vals)
  (abort-current-continuation (default-continuation-prompt-tag) (lambda () (apply values vals))))

(define (fcontrol f #:tag [prompt-tag (default-continuation-prompt-tag)])
  (call-with-composable-continuation
   (lambda (k) (abort-current-continuation prompt-tag f k))
   prompt-tag))

(define-syntax %
  (syntax-rules ()
    [(_ expr handler #:tag prompt-tag) (call-with-continuation-prompt (lambda () expr) prompt-tag handler)]
    [(_ expr handler) (call-with-continuation-prompt (lambda () expr) (default-continuation-prompt-tag) handler)]
    [(_ expr) (call-with-continuation-prompt (lambda () expr))]))

;; Aborts to `tag` and calls `thunk` there with the prompt still installed.
(define (%abort/keep-prompt tag thunk)
  ((call-with-continuation-prompt
    (lambda () ((call-with-current-continuation (lambda (k) (lambda () k)) tag)))
    tag)
   thunk))

(define (%make-call-with-control abort-cc)
  (case-lambda
    [(f) ((%make-call-with-control abort-cc) f (default-continuation-prompt-tag))]
    [(f tag) (call-with-composable-continuation
              (lambda (k) (abort-cc tag (lambda () (f k))))
              tag)]))

(define (%make-call-with-shift abort-cc inserted-handler)
  (case-lambda
    [(f) ((%make-call-with-shift abort-cc inserted-handler) f (default-continuation-prompt-tag))]
    [(f tag)
     (call-with-composable-continuation
      (lambda (k)
        (abort-cc tag (lambda ()
                        (f (lambda vals
                             (call-with-continuation-prompt (lambda () (apply k vals)) tag inserted-handler))))))
      tag)]))

(define %call-with-control (%make-call-with-control %abort/keep-prompt))
(define %call-with-shift (%make-call-with-shift %abort/keep-prompt #f))
(define %call-with-control0 (%make-call-with-control abort-current-continuation))
(define %call-with-shift0 (%make-call-with-shift abort-current-continuation (lambda (thunk) (thunk))))

(define %call-with-prompt0
  (case-lambda
    [(thunk) (%call-with-prompt0 thunk (default-continuation-prompt-tag))]
    [(thunk tag) (call-with-continuation-prompt thunk tag (lambda (thunk) (thunk)))]))

(define-syntax-rule (control k e0 e ...) (%call-with-control (lambda (k) e0 e ...)))
(define-syntax-rule (control-at tag k e0 e ...) (%call-with-control (lambda (k) e0 e ...) tag))
(define-syntax-rule (shift k e0 e ...) (%call-with-shift (lambda (k) e0 e ...)))
(define-syntax-rule (shift-at tag k e0 e ...) (%call-with-shift (lambda (k) e0 e ...) tag))
(define-syntax-rule (control0 k e0 e ...) (%call-with-control0 (lambda (k) e0 e ...)))
(define-syntax-rule (control0-at tag k e0 e ...) (%call-with-control0 (lambda (k) e0 e ...) tag))
(define-syntax-rule (shift0 k e0 e ...) (%call-with-shift0 (lambda (k) e0 e ...)))
(define-syntax-rule (shift0-at tag k e0 e ...) (%call-with-shift0 (lambda (k) e0 e ...) tag))

(define-syntax-rule (prompt e0 e ...) (call-with-continuation-prompt (lambda () e0 e ...)))
(define-syntax-rule (prompt-at tag e0 e ...) (call-with-continuation-prompt (lambda () e0 e ...) tag))
(define-syntax-rule (reset e0 e ...) (call-with-continuation-prompt (lambda () e0 e ...)))
(define-syntax-rule (reset-at tag e0 e ...) (call-with-continuation-prompt (lambda () e0 e ...) tag))
(define-syntax-rule (prompt0 e0 e ...) (%call-with-prompt0 (lambda () e0 e ...)))
(define-syntax-rule (prompt0-at tag e0 e ...) (%call-with-prompt0 (lambda () e0 e ...) tag))
(define-syntax-rule (reset0 e0 e ...) (%call-with-prompt0 (lambda () e0 e ...)))
(define-syntax-rule (reset0-at tag e0 e ...) (%call-with-prompt0 (lambda () e0 e ...) tag))

(define (new-prompt) (make-continuation-prompt-tag))
