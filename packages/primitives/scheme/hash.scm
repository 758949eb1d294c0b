;; Hash-table procedures that call back into Scheme: failure thunks, updaters, mappers,
;; combiners. They follow racket/private/more-scheme.rkt and racket/hash.rkt, on top of the
;; TypeScript helpers in src/hash/ (names starting with `%` are internal). hash-ref, hash-ref!
;; and hash-update(!) are control primitives instead (src/hash/callbacks.ts), for speed.

(define (%check-mapper who h proc)
  (%check-hash who #f h)
  (unless (and (procedure? proc) (procedure-arity-includes? proc 2))
    (raise-argument-error who "(procedure-arity-includes/c 2)" proc)))

;; %hash-entries lists keys and values alternately: (k1 v1 k2 v2 ...), in iteration order;
;; %hash-fold-entries in the order of Racket's hash-map and hash-for-each.
(define (hash-map h proc [try-order? #f])
  (%check-mapper 'hash-map h proc)
  (let loop ([kvs (%hash-fold-entries 'hash-map h try-order?)] [acc '()])
    (if (null? kvs)
        (reverse acc)
        (loop (cddr kvs) (cons (proc (car kvs) (cadr kvs)) acc)))))

(define (hash-for-each h proc [try-order? #f])
  (%check-mapper 'hash-for-each h proc)
  (let loop ([kvs (%hash-fold-entries 'hash-for-each h try-order?)])
    (unless (null? kvs)
      (proc (car kvs) (cadr kvs))
      (loop (cddr kvs)))))

;; A table of the same kind, with each entry replaced by the two values `proc` returns.
(define (hash-map/copy h proc #:kind [kind #f])
  (%check-mapper 'hash-map/copy h proc)
  (let ([mutable? (if kind (eq? kind 'mutable) (not (%hash-immutable? h)))])
    (let loop ([kvs (%hash-entries 'hash-map/copy h #f)] [out (%hash-empty-like h mutable?)])
      (if (null? kvs)
          out
          (let-values ([(k v) (proc (car kvs) (cadr kvs))])
            (loop (cddr kvs) (if mutable? (begin (hash-set! out k v) out) (hash-set out k v))))))))

;; ---- racket/hash ------------------------------------------------------------------------------

(define ((%hash-duplicate-error who) key value1 value2)
  (error who "duplicate values for key ~e: ~e and ~e" key value1 value2))

(define (%hash-merge one two combine/key)
  (let loop ([kvs (%hash-entries 'hash-union two #f)] [one one])
    (if (null? kvs)
        one
        (let ([k (car kvs)] [v (cadr kvs)])
          (loop (cddr kvs)
                (hash-set one k (if (hash-has-key? one k)
                                    (combine/key k (hash-ref one k) v)
                                    v)))))))

(define (hash-union #:combine [combine #f]
                    #:combine/key [combine/key (if combine
                                                   (lambda (_ x y) (combine x y))
                                                   (%hash-duplicate-error 'hash-union))]
                    one . rest)
  (%check-hash-combine-args 'hash-union one rest combine combine/key)
  (let ([one-empty (hash-clear one)])
    (let loop ([rest rest] [one one])
      (if (null? rest)
          one
          (let ([two (car rest)])
            ;; Racket merges the smaller table into the larger one (the combiner still sees the
            ;; values in argument order).
            (loop (cdr rest)
                  (if (and (%hash-immutable? two)
                           (< (hash-count one) (hash-count two))
                           (equal? one-empty (hash-clear two)))
                      (%hash-merge two one (lambda (k a b) (combine/key k b a)))
                      (%hash-merge one two combine/key))))))))

(define (hash-union! #:combine [combine #f]
                     #:combine/key [combine/key (if combine
                                                    (lambda (_ x y) (combine x y))
                                                    (%hash-duplicate-error 'hash-union!))]
                     one . rest)
  (%check-hash-combine-args 'hash-union! one rest combine combine/key)
  (for-each
   (lambda (two)
     (let loop ([kvs (%hash-entries 'hash-union! two #f)])
       (unless (null? kvs)
         (let ([k (car kvs)] [v (cadr kvs)])
           (hash-set! one k (if (hash-has-key? one k)
                                (combine/key k (hash-ref one k) v)
                                v))
           (loop (cddr kvs))))))
   rest))

(define (hash-intersect #:combine [combine #f]
                        #:combine/key [combine/key (if combine
                                                       (lambda (_ x y) (combine x y))
                                                       (%hash-duplicate-error 'hash-intersect))]
                        one . rest)
  (%check-hash-combine-args 'hash-intersect one rest combine combine/key)
  (let* ([hashes (cons one rest)]
         [smallest (let pick ([best (car hashes)] [hs (cdr hashes)])
                     (cond [(null? hs) best]
                           [(< (hash-count (car hs)) (hash-count best)) (pick (car hs) (cdr hs))]
                           [else (pick best (cdr hs))]))])
    (let loop ([ks (hash-keys smallest)] [res (hash-clear one)])
      (if (null? ks)
          res
          (let ([k (car ks)])
            (loop (cdr ks)
                  (if (andmap (lambda (h) (hash-has-key? h k)) hashes)
                      (hash-set res k (let fold ([v (hash-ref one k)] [hs rest])
                                        (if (null? hs)
                                            v
                                            (fold (combine/key k v (hash-ref (car hs) k)) (cdr hs)))))
                      res)))))))

;; ---- json (Racket's json library; here because JSON objects are hash tables) -------------------
;; Wrappers that take #:null's default from the json-null parameter where they are called; the
;; work is done in src/json.ts.

(define (jsexpr? x #:null [jsnull (json-null)])
  (%jsexpr? x jsnull))

(define (jsexpr->string x #:null [jsnull (json-null)] #:encode [encode 'control])
  (%jsexpr->string 'jsexpr->string x jsnull encode))

(define (string->jsexpr s #:null [jsnull (json-null)])
  (%string->jsexpr s jsnull))

(define (write-json x [port (current-output-port)] #:null [jsnull (json-null)] #:encode [encode 'control])
  (%check-json-output-port port)
  (write-string (%jsexpr->string 'write-json x jsnull encode) port)
  (void))

(define (read-json [port (current-input-port)] #:null [jsnull (json-null)])
  (%read-json port jsnull))
