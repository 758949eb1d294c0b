;; racket/stream, ported from Racket 8.7's collects/racket/stream.rkt over the core of
;; src/streams.ts (stream?, stream-empty?, stream-first, stream-rest, the kinds of streams).

(define-syntax stream-cons
  (syntax-rules ()
    [(_ #:eager first #:eager rest) (let ([f first] [r rest]) (%stream-cons (lambda () f) (lambda () r)))]
    [(_ #:eager first rest) (let ([f first]) (%stream-cons (lambda () f) (lambda () rest)))]
    [(_ first #:eager rest) (let ([r rest]) (%stream-cons (lambda () first) (lambda () r)))]
    [(_ first rest) (%stream-cons (lambda () first) (lambda () rest))]))

(define-syntax stream-lazy
  (syntax-rules ()
    [(_ #:who who expr) (%stream-lazy (lambda () expr) who)]
    [(_ expr) (%stream-lazy (lambda () expr) 'stream-lazy)]))

(define-syntax stream
  (syntax-rules ()
    [(_) empty-stream]
    [(_ hd tl ...) (stream-cons hd (stream tl ...))]))

(define-syntax stream*
  (syntax-rules ()
    [(_ tl) (stream-lazy #:who 'stream* tl)]
    [(_ hd tl ...) (stream-cons hd (stream* tl ...))]))

(define (%check-stream who s)
  (unless (stream? s) (raise-argument-error who "stream?" s)))

(define (%check-procedure who f)
  (unless (procedure? f) (raise-argument-error who "procedure?" f)))

(define (%check-index who i)
  (unless (exact-nonnegative-integer? i) (raise-argument-error who "exact-nonnegative-integer?" i)))

(define (in-stream s)
  (%check-stream 'in-stream s)
  (make-do-sequence (lambda () (values stream-first stream-rest values s (lambda (s) (not (stream-empty? s))) #f #f))))

(define (stream->list s)
  (%check-stream 'in-stream s)
  (for/list ([v (in-stream s)]) v))

(define (stream-length s)
  (%check-stream 'stream-length s)
  (let loop ([s s] [len 0])
    (if (stream-empty? s) len (loop (stream-rest s) (add1 len)))))

(define (stream-ref st i)
  (%check-stream 'stream-ref st)
  (%check-index 'stream-ref i)
  (let loop ([n i] [s st])
    (cond [(stream-empty? s) (raise-arguments-error 'stream-ref "stream ended before index" "index" i)]
          [(zero? n) (stream-first s)]
          [else (loop (sub1 n) (stream-rest s))])))

(define (stream-tail st i)
  (%check-stream 'stream-tail st)
  (%check-index 'stream-tail i)
  (let loop ([n i] [s st])
    (cond [(zero? n) s]
          [(stream-empty? s) (raise-arguments-error 'stream-tail "stream ended before index" "index" i)]
          [else (loop (sub1 n) (stream-rest s))])))

(define (stream-take st i)
  (%check-stream 'stream-take st)
  (%check-index 'stream-take i)
  (let loop ([n i] [s st])
    (cond [(zero? n) empty-stream]
          [(stream-empty? s) (raise-arguments-error 'stream-take "stream ended before index" "index" i)]
          [else (%make-do-stream (lambda () #f)
                                 (lambda () (stream-first s))
                                 (lambda () (loop (sub1 n) (stream-rest s))))])))

(define (stream-append . l)
  (for ([s (in-list l)]) (%check-stream 'stream-append s))
  (%streams-append l))

(define (%streams-append l)
  (cond [(null? l) empty-stream]
        [(null? (cdr l)) (car l)]
        [(stream-empty? (car l)) (%streams-append (cdr l))]
        [else (%make-do-stream (lambda () #f)
                               (lambda () (stream-first (car l)))
                               (lambda () (%streams-append (cons (stream-rest (car l)) (cdr l)))))]))

(define (stream-map f s)
  (%check-procedure 'stream-map f)
  (%check-stream 'stream-map s)
  (let loop ([s s])
    (if (stream-empty? s)
        empty-stream
        (%make-do-stream (lambda () #f)
                         (lambda () (call-with-values (lambda () (stream-first s)) f))
                         (lambda () (loop (stream-rest s)))))))

(define (stream-andmap f s)
  (%check-procedure 'stream-andmap f)
  (%check-stream 'stream-andmap s)
  (let loop ([s s])
    (cond [(stream-empty? s) #t]
          [(stream-empty? (stream-rest s)) (f (stream-first s))]
          [(f (stream-first s)) (loop (stream-rest s))]
          [else #f])))

(define (stream-ormap f s)
  (%check-procedure 'stream-ormap f)
  (%check-stream 'stream-ormap s)
  (let loop ([s s])
    (cond [(stream-empty? s) #f]
          [(stream-empty? (stream-rest s)) (f (stream-first s))]
          [else (or (f (stream-first s)) (loop (stream-rest s)))])))

(define (stream-for-each f s)
  (%check-procedure 'stream-for-each f)
  (%check-stream 'stream-for-each s)
  (let loop ([s s])
    (unless (stream-empty? s)
      (f (stream-first s))
      (loop (stream-rest s)))))

(define (stream-fold f i s)
  (%check-procedure 'stream-fold f)
  (%check-stream 'stream-fold s)
  (let loop ([acc i] [s s])
    (if (stream-empty? s) acc (loop (f acc (stream-first s)) (stream-rest s)))))

(define (stream-count f s)
  (%check-procedure 'stream-count f)
  (%check-stream 'stream-count s)
  (let loop ([n 0] [s s])
    (if (stream-empty? s) n (loop (if (f (stream-first s)) (add1 n) n) (stream-rest s)))))

(define (stream-filter f s)
  (%check-procedure 'stream-filter f)
  (%check-stream 'stream-filter s)
  (cond
    [(stream-empty? s) empty-stream]
    [else
     (let ([done? #f] [empty? #f] [found #f] [rst #f])
       (define (force!)
         (unless done?
           (let loop ([s s])
             (cond [(stream-empty? s) (set! done? #t) (set! empty? #t)]
                   [(call-with-values (lambda () (stream-first s)) f)
                    (set! found s)
                    (set! rst (stream-filter f (stream-rest s)))]
                   [else (loop (stream-rest s))]))
           (set! done? #t)))
       (%make-do-stream (lambda () (force!) empty?)
                        (lambda () (force!) (stream-first found))
                        (lambda () (force!) rst)))]))

(define (stream-add-between s e)
  (%check-stream 'stream-add-between s)
  (if (stream-empty? s)
      empty-stream
      (%make-do-stream
       (lambda () #f)
       (lambda () (stream-first s))
       (lambda ()
         (let loop ([s (stream-rest s)])
           (cond [(stream-empty? s) empty-stream]
                 [else (stream-cons e (%make-do-stream (lambda () #f)
                                                       (lambda () (stream-first s))
                                                       (lambda () (loop (stream-rest s)))))]))))))

;; A stream of what a generator yields until it returns %generator-stop (generator.scm).
(define (%generator->stream g)
  (let loop ()
    (stream-lazy (let ([v (g)])
                   (if (eq? v %generator-stop) empty-stream (stream-cons #:eager v (loop)))))))

(define (sequence->stream seq)
  (unless (sequence? seq) (raise-argument-error 'sequence->stream "sequence?" seq))
  (if (stream? seq)
      seq
      (%generator->stream (generator () (for ([v seq]) (yield v)) %generator-stop))))

;; for/stream: forcing the stream runs the loop up to the next element; the element itself is
;; computed only when asked for (the loop yields the body as a thunk), as Racket's for/stream
;; delays each body.
(define (%generator->delayed-stream g)
  (let loop ()
    (stream-lazy (let ([body (g)])
                   (if (eq? body %generator-stop) empty-stream (stream-cons (body) (loop)))))))

(define-syntax-rule (for/stream clauses body ...)
  (%generator->delayed-stream (generator () (for clauses (yield (lambda () body ...))) %generator-stop)))

(define-syntax-rule (for*/stream clauses body ...)
  (%generator->delayed-stream (generator () (for* clauses (yield (lambda () body ...))) %generator-stop)))
