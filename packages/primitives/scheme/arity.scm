;; procedure-arity and arity-at-least (racket/base). Loaded after syntax.scm: `struct` needs its
;; run-time support. The arity itself comes from procedure-arity-mask (src/function.ts).

;; Racket's normalized arity: an exact count, an `arity-at-least`, or a list of exact counts ending
;; with at most one `arity-at-least` (counts just below the open-ended tail are folded into it:
;; arities 1, 3, 4, 5... are `(1 (arity-at-least 3))`).
;;
;; The struct is made inside a definition, and its procedures are plain definitions of its parts,
;; so that nothing of it is expanded before a program uses it (library definitions are deferred;
;; a top-level `struct` would be expanded at every start, ~15 ms cold). The price: `arity-at-least`
;; is not struct information for `match` or `struct-copy`, which programs do not use on it.
(define %arity-at-least
  (let ()
    (struct arity-at-least (value)
      #:transparent
      #:guard (lambda (value name)
                (unless (exact-nonnegative-integer? value)
                  (raise-argument-error 'arity-at-least "exact-nonnegative-integer?" value))
                value))
    (vector struct:arity-at-least arity-at-least arity-at-least? arity-at-least-value)))
(define struct:arity-at-least (vector-ref %arity-at-least 0))
(define arity-at-least (vector-ref %arity-at-least 1))
(define arity-at-least? (vector-ref %arity-at-least 2))
(define arity-at-least-value (vector-ref %arity-at-least 3))

(define (procedure-arity? v)
  (or (exact-nonnegative-integer? v)
      (arity-at-least? v)
      (and (list? v) (andmap (lambda (a) (or (exact-nonnegative-integer? a) (arity-at-least? a))) v))))

(define (procedure-arity f)
  (check-procedure 'procedure-arity f)
  (let* ([mask (procedure-arity-mask f)]
         ;; The smallest count from which every count is accepted, or #f when there is none.
         [tail (and (negative? mask) (integer-length mask))]
         [counts (let loop ([n (- (or tail (integer-length mask)) 1)] [acc '()])
                   (cond [(negative? n) acc]
                         [(odd? (arithmetic-shift mask (- n))) (loop (- n 1) (cons n acc))]
                         [else (loop (- n 1) acc)]))]
         [all (if tail (append counts (list (arity-at-least tail))) counts)])
    (if (and (pair? all) (null? (cdr all))) (car all) all)))
