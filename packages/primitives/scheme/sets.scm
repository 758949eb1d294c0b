;; racket/set's set-map and set-for-each, which call a procedure of the program. The elements
;; come from src/sets/ in the set's order; as in racket/private/set-types.rkt, set-map of a hash
;; set conses the results (so they come out reversed), and lists use map and for-each.

(define (set-map s f)
  (let ([xs (%set-elements 'set-map s f)])
    (if (list? s)
        (map f xs)
        (let loop ([xs xs] [acc '()])
          (if (null? xs)
              acc
              (loop (cdr xs) (cons (f (car xs)) acc)))))))

(define (set-for-each s f)
  (let ([xs (%set-elements 'set-for-each s f)])
    (if (list? s)
        (for-each f xs)
        (let loop ([xs xs])
          (unless (null? xs)
            (f (car xs))
            (loop (cdr xs)))))))
