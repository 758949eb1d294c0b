;; procedure-arity and arity-at-least (racket/base). Loaded after syntax.scm: `struct` needs its
;; run-time support. The arity itself comes from procedure-arity-mask (src/function.ts).

;; Racket's normalized arity: an exact count, an `arity-at-least`, or a list of exact counts ending
;; with at most one `arity-at-least` (counts just below the open-ended tail are folded into it:
;; arities 1, 3, 4, 5... are `(1 (arity-at-least 3))`).
(struct arity-at-least (value)
  #:transparent
  #:guard (lambda (value name)
            (unless (exact-nonnegative-integer? value)
              (raise-argument-error 'arity-at-least "exact-nonnegative-integer?" value))
            value))

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
