;; Library procedures that call back into Scheme, written in Scheme so that continuations
;; captured inside a callback stay re-entrant (a JS loop could not be resumed twice) and
;; tail calls and fuel checks apply to them like to user code.

(define (check-list who l)
  (unless (list? l) (raise-argument-error who "list?" l)))

(define (check-procedure who f)
  (unless (procedure? f) (raise-argument-error who "procedure?" f)))

;; map, for-each, andmap and ormap follow racket/private/map.rkt: one TypeScript call checks the
;; arguments as Racket's check-args does (procedure, lists, equal lengths, arity; with Racket's
;; messages), then a named-let loop does the work. The one- and two-list cases get their own
;; loops; more lists go through %cars / %cdrs. Results are accumulated and reversed, which calls
;; `f` in the same order as Racket's recursion. When `f` is a primitive, the loop runs in
;; TypeScript instead (src/lists/native-loops.ts): same calls, same order, no callback.

(define map
  (case-lambda
    [(f l)
     (%check-map-args 'map f l)
     (if (%native-procedure? f)
         (%map-native f l)
         (let loop ([l l] [acc '()])
           (if (null? l)
               (reverse acc)
               (loop (cdr l) (cons (f (car l)) acc)))))]
    [(f l1 l2)
     (%check-map-args 'map f l1 l2)
     (if (%native-procedure? f)
         (%map2-native f l1 l2)
         (let loop ([l1 l1] [l2 l2] [acc '()])
           (if (null? l1)
               (reverse acc)
               (loop (cdr l1) (cdr l2) (cons (f (car l1) (car l2)) acc)))))]
    [(f l . ls)
     (apply %check-map-args 'map f l ls)
     (let loop ([ls (cons l ls)] [acc '()])
       (if (null? (car ls))
           (reverse acc)
           (let ([next (%cdrs ls)])
             (loop next (cons (apply f (%cars ls)) acc)))))]))

(define for-each
  (case-lambda
    [(f l)
     (%check-map-args 'for-each f l)
     (if (%native-procedure? f)
         (%for-each-native f l)
         (let loop ([l l])
           (unless (null? l)
             (f (car l))
             (loop (cdr l)))))]
    [(f l1 l2)
     (%check-map-args 'for-each f l1 l2)
     (let loop ([l1 l1] [l2 l2])
       (unless (null? l1)
         (f (car l1) (car l2))
         (loop (cdr l1) (cdr l2))))]
    [(f l . ls)
     (apply %check-map-args 'for-each f l ls)
     (let loop ([ls (cons l ls)])
       (unless (null? (car ls))
         (let ([next (%cdrs ls)])
           (apply f (%cars ls))
           (loop next))))]))

;; andmap and ormap call `f` on the last elements in tail position and return its result.
(define andmap
  (case-lambda
    [(f l)
     (%check-map-args 'andmap f l)
     (cond [(null? l) #t]
           [(%native-procedure? f) (%andmap-native f l)]
           [else (let loop ([l l])
                   (if (null? (cdr l))
                       (f (car l))
                       (and (f (car l)) (loop (cdr l)))))])]
    [(f l . ls)
     (apply %check-map-args 'andmap f l ls)
     (let loop ([ls (cons l ls)])
       (cond [(null? (car ls)) #t]
             [(null? (cdar ls)) (apply f (%cars ls))]
             [else (let ([next (%cdrs ls)])
                     (and (apply f (%cars ls)) (loop next)))]))]))

(define ormap
  (case-lambda
    [(f l)
     (%check-map-args 'ormap f l)
     (cond [(null? l) #f]
           [(%native-procedure? f) (%ormap-native f l)]
           [else (let loop ([l l])
                   (if (null? (cdr l))
                       (f (car l))
                       (or (f (car l)) (loop (cdr l)))))])]
    [(f l . ls)
     (apply %check-map-args 'ormap f l ls)
     (let loop ([ls (cons l ls)])
       (cond [(null? (car ls)) #f]
             [(null? (cdar ls)) (apply f (%cars ls))]
             [else (let ([next (%cdrs ls)])
                     (or (apply f (%cars ls)) (loop next)))]))]))

(define (filter f l)
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'filter "(any/c . -> . any/c)" f))
  (unless (list? l) (raise-argument-error 'filter "list?" l))
  (if (%native-procedure? f)
      (%filter-native f l)
      (let loop ([l l] [acc '()])
        (cond [(null? l) (reverse acc)]
              [(f (car l)) (loop (cdr l) (cons (car l) acc))]
              [else (loop (cdr l) acc)]))))

;; foldl and foldr: racket/private/list.rkt's check-fold, then the loops. foldr walks the reversed
;; list, which calls `f` in the same order (last element first) as Racket's recursion.
(define foldl
  (case-lambda
    [(f init l)
     (%check-fold 'foldl f init l)
     (if (%native-procedure? f)
         (%foldl-native f init l)
         (let loop ([acc init] [l l])
           (if (null? l) acc (loop (f (car l) acc) (cdr l)))))]
    [(f init l . ls)
     (apply %check-fold 'foldl f init l ls)
     (let loop ([acc init] [ls (cons l ls)])
       (if (pair? (car ls))
           (loop (apply f (append (%cars ls) (list acc))) (%cdrs ls))
           acc))]))

(define foldr
  (case-lambda
    [(f init l)
     (%check-fold 'foldr f init l)
     (if (%native-procedure? f)
         (%foldr-native f init l)
         (let loop ([acc init] [l (reverse l)])
           (if (null? l) acc (loop (f (car l) acc) (cdr l)))))]
    [(f init l . ls)
     (apply %check-fold 'foldr f init l ls)
     (let loop ([acc init] [ls (map reverse (cons l ls))])
       (if (pair? (car ls))
           (loop (apply f (append (%cars ls) (list acc))) (%cdrs ls))
           acc))]))

(define (with-output-to-string thunk)
  (let ([port (open-output-string)])
    (parameterize ([current-output-port port]) (thunk))
    (get-output-string port)))

(define (call-with-output-string proc)
  (let ([port (open-output-string)])
    (proc port)
    (get-output-string port)))
