;; String procedures that call back into Scheme.

(define (build-string n f)
  (unless (exact-nonnegative-integer? n)
    (raise-argument-error 'build-string "exact-nonnegative-integer?" n))
  (unless (and (procedure? f) (procedure-arity-includes? f 1))
    (raise-argument-error 'build-string "(exact-nonnegative-integer? . -> . char?)" f))
  ;; Characters are collected in a list rather than stored with string-set!, which copies the
  ;; string each time; a non-character fails as Racket's string-set! does.
  (let loop ([i 0] [acc '()])
    (if (= i n)
        (list->string (reverse acc))
        (let ([c (f i)])
          (unless (char? c) (raise-argument-error 'string-set! "char?" c))
          (loop (add1 i) (cons c acc))))))

;; ---- input ports (racket/port) ----

(define (with-input-from-string str thunk)
  (unless (string? str) (raise-argument-error 'with-input-from-string "string?" 0 str thunk))
  (unless (and (procedure? thunk) (procedure-arity-includes? thunk 0))
    (raise-argument-error 'with-input-from-string "(-> any)" 1 str thunk))
  (parameterize ([current-input-port (open-input-string str)])
    (thunk)))

(define (call-with-input-string str proc)
  (unless (string? str) (raise-argument-error 'call-with-input-string "string?" 0 str proc))
  (unless (and (procedure? proc) (procedure-arity-includes? proc 1))
    (raise-argument-error 'call-with-input-string "(-> input-port? any)" 1 str proc))
  (proc (open-input-string str)))

(define (port->string [in (current-input-port)] #:close? [close? #f])
  (%port->string in close?))

(define (port->lines [in (current-input-port)] #:line-mode [mode 'any] #:close? [close? #f])
  (%port->lines in mode close?))

(define (port->list [read-one read] [in (current-input-port)])
  (let loop ([acc '()])
    (let ([v (read-one in)])
      (if (eof-object? v)
          (reverse acc)
          (loop (cons v acc))))))
