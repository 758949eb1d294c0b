;; Run-time support for the library's syntax (struct, match, for): the parts that call back into
;; Scheme procedures, so they stay re-entrant under continuations and fuel-checked.

;; ---- struct ---------------------------------------------------------------------------------

;; `parts` is what %make-struct-type returns: (struct:p constructor predicate accessor ...).
;; The constructor is wrapped when a #:guard applies to the type or one of its ancestors.
(define (%struct-definition parts name)
  (let ([type (car parts)] [raw (cadr parts)])
    (let ([guards (%struct-guards type)])
      (apply values
             type
             (if (null? guards) raw (%guarded-constructor raw guards name))
             (cddr parts)))))

(define (%guarded-constructor raw guards name)
  (%name-constructor
   (lambda args
     (%check-constructor-arity raw args)
     (apply raw (%apply-struct-guards guards args name)))
   raw))

;; Racket applies the guards from the subtype's up to the root's; each gets the constructor
;; arguments of its level and the struct name, and returns replacements for them.
(define (%apply-struct-guards guards args name)
  (if (null? guards)
      args
      (let split ([i 0] [rest args] [front '()])
        (if (< i (cdar guards))
            (split (+ i 1) (cdr rest) (cons (car rest) front))
            (%apply-struct-guards
             (cdr guards)
             (append (call-with-values
                      (lambda () (apply (caar guards) (reverse (cons name front))))
                      list)
                     rest)
             name)))))
