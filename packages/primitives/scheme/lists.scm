;; The list and vector procedures that call back into Scheme (racket/base, racket/list,
;; racket/vector). Each follows Racket's own definition (racket/private/list.rkt, racket/list.rkt,
;; racket/vector.rkt, racket/private/sort.rkt): the same argument checks in the same order, the
;; same calls of the procedure arguments in the same order. First-order work is done by
;; TypeScript primitives (src/lists/, src/vectors.ts); the `%`-named ones are internal.

;; ---- racket/base: member and assoc with an equality, memf, assf, findf ------------------------

(define member
  (case-lambda
    [(v l) (%member v l)]
    [(v l eql?)
     (unless (%procedure-of-arity? eql? 2)
       ;; Racket 8.7's racket/private/member.rkt reports `eq?` here, whatever was given.
       (raise-argument-error 'member "(procedure-arity-includes/c 2)" eq?))
     (let loop ([p l])
       (cond [(null? p) #f]
             [(not (pair? p)) (raise-arguments-error 'member "not a proper list" "in" l)]
             [(eql? v (car p)) p]
             [else (loop (cdr p))]))]))

(define (%assoc-loop who x l same?)
  (let loop ([p l])
    (cond [(pair? p)
           (let ([a (car p)])
             (cond [(not (pair? a)) (raise-arguments-error who "non-pair found in list" "non-pair" a "list" l)]
                   [(same? x (car a)) a]
                   [else (loop (cdr p))]))]
          [(null? p) #f]
          [else (raise-mismatch-error who "not a proper list: " l)])))

(define assoc
  (case-lambda
    [(x l) (%assoc x l)]
    [(x l is-equal?)
     (unless (%procedure-of-arity? is-equal? 2)
       (raise-argument-error 'assoc "(any/c any/c . -> . any/c)" is-equal?))
     (%assoc-loop 'assoc x l is-equal?)]))

(define (assf f l)
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'assf "(any/c . -> . any/c)" f))
  (%assoc-loop 'assf #f l (lambda (_ a) (f a))))

(define (memf f l)
  ;; sic: Racket's contract text lacks the second dot.
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'memf "(any/c . -> any/c)" f))
  (let loop ([p l])
    (cond [(null? p) #f]
          [(not (pair? p)) (raise-mismatch-error 'memf "not a proper list: " l)]
          [(f (car p)) p]
          [else (loop (cdr p))])))

(define (findf f l)
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'findf "(any/c . -> . any/c)" f))
  (let loop ([p l])
    (cond [(null? p) #f]
          [(not (pair? p)) (raise-mismatch-error 'findf "not a proper list: " l)]
          [(f (car p)) (car p)]
          [else (loop (cdr p))])))

;; ---- remove and remove* with an equality; remf, remf* ------------------------------------------
;; As Racket's do-remove / do-remove*, the result shares the longest tail that lost nothing.

(define remove
  (case-lambda
    [(item l) (%remove item l)]
    [(item l same?)
     (unless (%procedure-of-arity? same? 2)
       (raise-argument-error 'remove "(any/c any/c . -> . any/c)" same?))
     (unless (list? l) (raise-argument-error 'remove "list?" l))
     (let loop ([l l])
       (cond [(null? l) l]
             [(same? item (car l)) (cdr l)]
             [else (let ([next (loop (cdr l))])
                     (if (eq? next (cdr l)) l (cons (car l) next)))]))]))

(define remove*
  (case-lambda
    [(l r) (%remove* l r)]
    [(l r same?)
     (unless (%procedure-of-arity? same? 2)
       (raise-argument-error 'remove* "(any/c any/c . -> . any/c)" same?))
     (unless (list? l) (raise-argument-error 'remove* "list?" l))
     (unless (list? r) (raise-argument-error 'remove* "list?" r))
     (let rloop ([r r])
       (if (null? r)
           r
           (let ([first-r (car r)])
             (let loop ([l-rest l])
               (cond [(null? l-rest)
                      (let ([next (rloop (cdr r))])
                        (if (eq? next (cdr r)) r (cons first-r next)))]
                     [(same? (car l-rest) first-r) (rloop (cdr r))]
                     [else (loop (cdr l-rest))])))))]))

(define (remf f l)
  (unless (list? l) (raise-argument-error 'remf "list?" 1 f l))
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'remf "(-> any/c any/c)" 0 f l))
  (let loop ([l l])
    (cond [(null? l) '()]
          [(f (car l)) (cdr l)]
          [else (cons (car l) (loop (cdr l)))])))

(define (remf* f l)
  (unless (list? l) (raise-argument-error 'remf* "list?" 1 f l))
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'remf* "(-> any/c any/c)" 0 f l))
  (let loop ([l l] [acc '()])
    (cond [(null? l) (reverse acc)]
          [(f (car l)) (loop (cdr l) acc)]
          [else (loop (cdr l) (cons (car l) acc))])))

;; ---- sort --------------------------------------------------------------------------------------
;; racket/private/sort.rkt: Juszczak's half-copying merge sort, stable. With a primitive comparator
;; (and key) the TypeScript port of the same algorithm runs instead (%sort-native); both make the
;; same comparisons in the same order, so they agree with Racket even for `<=`.

;; Sorts A[0, n) in place, using A[n, n + ceil(n/2)) as scratch space.
(define (%merge-sort! A n <?)
  ;; Written without inner `let`s, which would allocate a frame per step of the hottest loop; x and y
  ;; are read afresh for every step, as in Racket.
  (define (copy-rest a1 c1 b1)
    (when (< c1 b1)
      (vector-set! A c1 (vector-ref A a1))
      (copy-rest (+ a1 1) (+ c1 1) b1)))
  (define (merge lo? a1 b1 b2 c1)
    (let loop ([a1 a1] [b1 b1] [c1 c1] [x (vector-ref A a1)] [y (vector-ref A b1)])
      (if (if lo? (not (<? y x)) (<? x y))
          (begin (vector-set! A c1 x)
                 (when (< (+ c1 1) b1) (loop (+ a1 1) b1 (+ c1 1) (vector-ref A (+ a1 1)) (vector-ref A b1))))
          (begin (vector-set! A c1 y)
                 (if (<= b2 (+ b1 1))
                     (copy-rest a1 (+ c1 1) (+ b1 1))
                     (loop a1 (+ b1 1) (+ c1 1) (vector-ref A a1) (vector-ref A (+ b1 1))))))))
  (define (insertion-sort Alo Blo n)
    (vector-set! A Blo (vector-ref A Alo))
    (let iloop ([i 1])
      (when (< i n)
        (let ([ref-i (vector-ref A (+ Alo i))])
          (let jloop ([j (+ Blo i)])
            (let ([ref-j-1 (and (< Blo j) (vector-ref A (- j 1)))])
              (if (and (< Blo j) (<? ref-i ref-j-1))
                  (begin (vector-set! A j ref-j-1)
                         (jloop (- j 1)))
                  (begin (vector-set! A j ref-i)
                         (iloop (+ i 1))))))))))
  (define (copying-mergesort Alo Blo n)
    (cond [(= n 1) (vector-set! A Blo (vector-ref A Alo))]
          [(= n 2) (let ([x (vector-ref A Alo)] [y (vector-ref A (+ Alo 1))])
                     (if (<? y x)
                         (begin (vector-set! A Blo y) (vector-set! A (+ Blo 1) x))
                         (begin (vector-set! A Blo x) (vector-set! A (+ Blo 1) y))))]
          [(< n 16) (insertion-sort Alo Blo n)]
          [else (let* ([half (quotient n 2)] [half+ (- n half)])
                  (copying-mergesort (+ Alo half) (+ Blo half) half+)
                  (copying-mergesort Alo (+ Alo half+) half)
                  (merge #t (+ Alo half+) (+ Blo half) (+ Blo n) Blo))]))
  (let* ([half (quotient n 2)] [half+ (- n half)])
    (copying-mergesort half n half+)
    (unless (zero? half) (copying-mergesort 0 half+ half))
    (merge #f n half+ n 0)))

(define (%sort-scratch-size n) (+ n (quotient (+ n 1) 2)))

;; Racket's list-sort-body. `key` is #f or a procedure other than `values`.
(define (%sort-list lst less? key cache?)
  (let ([n (length lst)]
        [<? (if key (lambda (x y) (less? (key x) (key y))) less?)])
    (define (sorted-list A)
      (let loop ([i (- n 1)] [r '()])
        (if (< i 0) r (loop (- i 1) (cons (vector-ref A i) r)))))
    (cond
      [(= n 0) lst]
      [(and key cache?)
       ;; Each key computed once, in order; the decorated elements sorted by it.
       (let ([A (make-vector (%sort-scratch-size n))])
         (let loop ([i 0] [l lst])
           (when (pair? l)
             (let ([x (car l)]) (vector-set! A i (cons (key x) x)))
             (loop (+ i 1) (cdr l))))
         (%merge-sort! A n (lambda (a b) (less? (car a) (car b))))
         (map cdr (sorted-list A)))]
      [(let loop ([last (car lst)] [next (cdr lst)])
         (or (null? next)
             (and (not (<? (car next) last))
                  (loop (car next) (cdr next)))))
       lst]
      [(= n 2) (list (cadr lst) (car lst))]
      [(= n 3)
       (let ([a (car lst)] [b (cadr lst)] [c (caddr lst)])
         (if (<? b a)
             (if (<? c b) (list c b a) (if (<? c a) (list b c a) (list b a c)))
             (if (<? c a) (list c a b) (list a c b))))]
      [else
       (let ([A (make-vector (%sort-scratch-size n))])
         (let loop ([i 0] [l lst])
           (when (pair? l)
             (vector-set! A i (car l))
             (loop (+ i 1) (cdr l))))
         (%merge-sort! A n <?)
         (sorted-list A))])))

(define (sort lst less? #:key [getkey #f] #:cache-keys? [cache-keys? #f])
  (unless (list? lst) (raise-argument-error 'sort "list?" lst))
  (unless (%procedure-of-arity? less? 2) (raise-argument-error 'sort "(any/c any/c . -> . any/c)" less?))
  (when (and getkey (not (%procedure-of-arity? getkey 1)))
    (raise-argument-error 'sort "(any/c . -> . any/c)" getkey))
  (let ([key (and getkey (not (eq? getkey values)) getkey)])
    (if (and (%native-procedure? less?) (or (not key) (%native-procedure? key)))
        (%sort-native lst less? key cache-keys?)
        (%sort-list lst less? key cache-keys?))))

;; Racket's vector-sort-body: src[start, end) sorted into a new vector (constructive?) or in place.
(define (%vector-sort-run src less? start end key cache? constructive?)
  (if (and (%native-procedure? less?) (or (not key) (%native-procedure? key)))
      (%vector-sort-native! src less? start end key cache? constructive?)
      (let* ([n (- end start)]
             [dst (if constructive? (make-vector n) src)]
             [dst-start (if constructive? 0 start)]
             [<? (if key (lambda (x y) (less? (key x) (key y))) less?)])
        (define (ref i) (vector-ref dst (+ dst-start i)))
        (define (set i x) (vector-set! dst (+ dst-start i) x))
        (cond
          [(= n 0) (void)]
          [(and key cache?)
           (let ([A (make-vector (%sort-scratch-size n) #t)])
             (let loop ([i 0])
               (when (< i n)
                 (let ([x (vector-ref src (+ i start))]) (vector-set! A i (cons (key x) x)))
                 (loop (+ i 1))))
             (%merge-sort! A n (lambda (a b) (less? (car a) (car b))))
             (let loop ([i 0])
               (when (< i n)
                 (set i (cdr (vector-ref A i)))
                 (loop (+ i 1)))))]
          [(let loop ([prev (vector-ref src start)] [next (+ start 1)])
             (or (= next end)
                 (let ([x (vector-ref src next)])
                   (and (not (<? x prev)) (loop x (+ next 1))))))
           (when constructive? (vector-copy! dst dst-start src start end))]
          [(<= n 3)
           (when constructive? (vector-copy! dst dst-start src start end))
           (if (= n 2)
               (let ([a (ref 0)]) (set 0 (ref 1)) (set 1 a))
               (let ([a (ref 0)] [b (ref 1)] [c (ref 2)])
                 (cond [(<? b a)
                        (cond [(<? c b) (set 0 c) (set 2 a)]
                              [(<? c a) (set 0 b) (set 1 c) (set 2 a)]
                              [else (set 0 b) (set 1 a)])]
                       [(<? c a) (set 0 c) (set 1 a) (set 2 b)]
                       [else (set 1 c) (set 2 b)])))]
          [else
           (let ([A (make-vector (%sort-scratch-size n) #f)])
             (vector-copy! A 0 src start end)
             (%merge-sort! A n <?)
             (vector-copy! dst dst-start A 0 n))])
        (if constructive? dst (void)))))

;; racket/vector's perform-common-sort-arg-checks; returns the end index.
(define (%vector-sort-checks who vec less? start end getkey)
  (unless (exact-nonnegative-integer? start) (raise-argument-error who "exact-nonnegative-integer?" start))
  (unless (exact-nonnegative-integer? end) (raise-argument-error who "exact-nonnegative-integer?" end))
  (unless (%procedure-of-arity? less? 2) (raise-argument-error who "(any/c any/c . -> . any/c)" less?))
  (when (and getkey (not (%procedure-of-arity? getkey 1)))
    (raise-argument-error who "(any/c . -> . any/c)" getkey))
  (let ([len (vector-length vec)])
    (unless (<= 0 start len) (raise-range-error who "vector" "starting " start vec 0 len))
    (unless (<= start end len) (raise-range-error who "vector" "ending " end vec start len 0))))

(define (vector-sort vec less? [start 0] [end #f] #:key [getkey #f] #:cache-keys? [cache-keys? #f])
  (unless (vector? vec) (raise-argument-error 'vector-sort "vector?" vec))
  (let ([end (or end (vector-length vec))])
    (%vector-sort-checks 'vector-sort vec less? start end getkey)
    (%vector-sort-run vec less? start end (and getkey (not (eq? getkey values)) getkey) cache-keys? #t)))

(define (vector-sort! vec less? [start 0] [end #f] #:key [getkey #f] #:cache-keys? [cache-keys? #f])
  (unless (and (vector? vec) (not (immutable? vec)))
    (raise-argument-error 'vector-sort! "(and/c vector? (not/c immutable?))" vec))
  (let ([end (or end (vector-length vec))])
    (%vector-sort-checks 'vector-sort! vec less? start end getkey)
    (%vector-sort-run vec less? start end (and getkey (not (eq? getkey values)) getkey) cache-keys? #f)))

;; ---- racket/list: building and filtering --------------------------------------------------------

(define (build-list n f)
  (unless (exact-nonnegative-integer? n) (raise-argument-error 'build-list "exact-nonnegative-integer?" n))
  (unless (%procedure-of-arity? f 1)
    (raise-argument-error 'build-list "(exact-nonnegative-integer? . -> . any/c)" f))
  (let loop ([i 0] [acc '()])
    (if (= i n) (reverse acc) (loop (+ i 1) (cons (f i) acc)))))

(define (list-update l i f)
  (unless (list? l) (raise-argument-error 'list-update "list?" 0 l i f))
  (unless (exact-nonnegative-integer? i) (raise-argument-error 'list-update "exact-nonnegative-integer?" 1 l i f))
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'list-update "(-> any/c any/c)" 2 l i f))
  ;; Too large an index ends in (car '()), whose error Racket reports too.
  (let loop ([l l] [i i])
    (if (zero? i)
        (cons (f (car l)) (cdr l))
        (cons (car l) (loop (cdr l) (- i 1))))))

(define append-map
  (case-lambda
    [(f l) (apply append (map f l))]
    [(f l1 l2) (apply append (map f l1 l2))]
    [(f l . ls) (apply append (apply map f l ls))]))

(define (filter-not f l)
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'filter-not "(any/c . -> . any/c)" 0 f l))
  (unless (list? l) (raise-argument-error 'filter-not "list?" 1 f l))
  (let loop ([l l] [acc '()])
    (cond [(null? l) (reverse acc)]
          [(f (car l)) (loop (cdr l) acc)]
          [else (loop (cdr l) (cons (car l) acc))])))

(define filter-map
  (case-lambda
    [(f l)
     (%check-filter-args 'filter-map f l)
     (let loop ([l l] [acc '()])
       (if (null? l)
           (reverse acc)
           (let ([x (f (car l))])
             (loop (cdr l) (if x (cons x acc) acc)))))]
    [(f l . ls)
     (apply %check-filter-args 'filter-map f l ls)
     (let loop ([ls (cons l ls)] [acc '()])
       (if (null? (car ls))
           (reverse acc)
           (let ([x (apply f (%cars ls))])
             (loop (%cdrs ls) (if x (cons x acc) acc)))))]))

(define count
  (case-lambda
    [(f l)
     (%check-filter-args 'count f l)
     (let loop ([l l] [c 0])
       (if (null? l) c (loop (cdr l) (if (f (car l)) (+ c 1) c))))]
    [(f l . ls)
     (apply %check-filter-args 'count f l ls)
     (let loop ([ls (cons l ls)] [c 0])
       (if (null? (car ls))
           c
           (loop (%cdrs ls) (if (apply f (%cars ls)) (+ c 1) c))))]))

(define (partition pred l)
  (unless (%procedure-of-arity? pred 1) (raise-argument-error 'partition "(any/c . -> . any/c)" 0 pred l))
  (unless (list? l) (raise-argument-error 'partition "list?" 1 pred l))
  (let loop ([l l] [in '()] [out '()])
    (if (null? l)
        (values (reverse in) (reverse out))
        (let ([x (car l)])
          (if (pred x) (loop (cdr l) (cons x in) out) (loop (cdr l) in (cons x out)))))))

;; racket/list's mk-min, for argmin (cmp <) and argmax (cmp >).
(define (%arg-extreme who cmp f xs)
  (unless (%procedure-of-arity? f 1) (raise-argument-error who "(any/c . -> . real?)" 0 f xs))
  (unless (and (pair? xs) (list? xs)) (raise-argument-error who "(and/c list? (not/c empty?))" 1 f xs))
  (let ([init (f (car xs))])
    (unless (real? init) (raise-result-error who "real?" init))
    (let loop ([best (car xs)] [best-value init] [xs (cdr xs)])
      (if (null? xs)
          best
          (let ([v (f (car xs))])
            (unless (real? v) (raise-result-error who "real?" v))
            (if (cmp v best-value)
                (loop (car xs) v (cdr xs))
                (loop best best-value (cdr xs))))))))

(define (argmin f xs) (%arg-extreme 'argmin < f xs))
(define (argmax f xs) (%arg-extreme 'argmax > f xs))

;; ---- racket/list: predicates over prefixes ------------------------------------------------------

(define (takef l pred)
  (unless (procedure? pred) (raise-argument-error 'takef "procedure?" 1 l pred))
  (let loop ([l l] [acc '()])
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) acc))
        (reverse acc))))

(define (dropf l pred)
  (unless (procedure? pred) (raise-argument-error 'dropf "procedure?" 1 l pred))
  (let loop ([l l])
    (if (and (pair? l) (pred (car l))) (loop (cdr l)) l)))

(define (splitf-at l pred)
  (unless (procedure? pred) (raise-argument-error 'splitf-at "procedure?" 1 l pred))
  (let loop ([l l] [acc '()])
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) acc))
        (values (reverse acc) l))))

;; The -right forms count the matching elements from the end, then use take/drop/split-at.
(define (%count-from-right who l pred)
  (unless (procedure? pred) (raise-argument-error who "procedure?" 1 l pred))
  (let loop ([l l] [rev '()] [n 0])
    (if (pair? l)
        (loop (cdr l) (cons (car l) rev) (+ n 1))
        (let loop ([n n] [l rev])
          (if (and (pair? l) (pred (car l))) (loop (- n 1) (cdr l)) n)))))

(define (takef-right l pred) (drop l (%count-from-right 'takef-right l pred)))
(define (dropf-right l pred) (take l (%count-from-right 'dropf-right l pred)))
(define (splitf-at-right l pred) (split-at l (%count-from-right 'splitf-at-right l pred)))

;; ---- racket/list: indexes, duplicates, grouping ---------------------------------------------------

(define (index-of ls v [=? equal?])
  (if (eq? =? equal?)
      (%index-of ls v)
      (begin
        (unless (list? ls) (raise-argument-error 'index-of "list?" 0 ls v))
        (unless (%procedure-of-arity? =? 2) (raise-argument-error 'index-of "(-> any/c any/c any/c)" 2 ls v =?))
        (let loop ([ls ls] [i 0])
          (cond [(null? ls) #f]
                [(=? (car ls) v) i]
                [else (loop (cdr ls) (+ i 1))])))))

(define (indexes-of ls v [=? equal?])
  (if (eq? =? equal?)
      (%indexes-of ls v)
      (begin
        (unless (list? ls) (raise-argument-error 'indexes-of "list?" 0 ls v))
        (unless (%procedure-of-arity? =? 2) (raise-argument-error 'indexes-of "(-> any/c any/c any/c)" 2 ls v =?))
        (let loop ([ls ls] [i 0] [acc '()])
          (cond [(null? ls) (reverse acc)]
                [(=? (car ls) v) (loop (cdr ls) (+ i 1) (cons i acc))]
                [else (loop (cdr ls) (+ i 1) acc)])))))

(define (index-where ls f)
  (unless (list? ls) (raise-argument-error 'index-where "list?" 0 ls f))
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'index-where "(-> any/c any/c)" 1 ls f))
  (let loop ([ls ls] [i 0])
    (cond [(null? ls) #f]
          [(f (car ls)) i]
          [else (loop (cdr ls) (+ i 1))])))

(define (indexes-where ls f)
  (unless (list? ls) (raise-argument-error 'indexes-where "list?" 0 ls f))
  (unless (%procedure-of-arity? f 1) (raise-argument-error 'indexes-where "(-> any/c any/c)" 1 ls f))
  (let loop ([ls ls] [i 0] [acc '()])
    (cond [(null? ls) (reverse acc)]
          [(f (car ls)) (loop (cdr ls) (+ i 1) (cons i acc))]
          [else (loop (cdr ls) (+ i 1) acc)])))

(define (%equality-kind =?)
  (cond [(eq? =? equal?) 'equal] [(eq? =? eq?) 'eq] [(eq? =? eqv?) 'eqv] [else #f]))

;; First occurrences kept. The built-in equalities use a hash table (%remove-duplicates, keys
;; computed here in order); any other compares each key with the keys kept so far, newest first.
(define (remove-duplicates l [=? equal?] #:key [key #f])
  (unless (list? l) (raise-argument-error 'remove-duplicates "list?" l))
  (cond
    [(or (null? l) (null? (cdr l))) l]
    [(%equality-kind =?)
     => (lambda (kind)
          (let ([keys (and key (let loop ([l l] [acc '()])
                                 (if (null? l) (reverse acc) (loop (cdr l) (cons (key (car l)) acc)))))])
            (%remove-duplicates l keys kind)))]
    [else
     (let loop ([l l] [seen '()] [acc '()])
       (if (null? l)
           (reverse acc)
           (let* ([x (car l)] [k (if key (key x) x)])
             (if (let search ([s seen]) (and (pair? s) (or (=? k (car s)) (search (cdr s)))))
                 (loop (cdr l) seen acc)
                 (loop (cdr l) (cons k seen) (cons x acc))))))]))

;; The first element whose key was seen before (Racket stops at it: later keys are not computed),
;; else the #:default (called when it is a procedure).
(define (check-duplicates items [same? equal?] #:key [key values] #:default [failure-result (lambda () #f)])
  (unless (list? items) (raise-argument-error 'check-duplicates "list?" 0 items))
  (unless (%procedure-of-arity? key 1) (raise-argument-error 'check-duplicates "(-> any/c any/c)" key))
  (let ([fail-k (if (procedure? failure-result) failure-result (lambda () failure-result))]
        [kind (%equality-kind same?)])
    (if kind
        (let ([seen (case kind [(equal) (make-hash)] [(eq) (make-hasheq)] [else (make-hasheqv)])])
          (let loop ([items items])
            (if (pair? items)
                (let ([k (key (car items))])
                  (if (hash-ref seen k #f)
                      (car items)
                      (begin (hash-set! seen k #t) (loop (cdr items)))))
                (fail-k))))
        (begin
          (unless (%procedure-of-arity? same? 2)
            (raise-argument-error 'check-duplicates "(any/c any/c . -> . any/c)" 1 items same?))
          (let loop ([items items] [sofar '()])
            (if (pair? items)
                (let ([k (key (car items))])
                  (if (let search ([s sofar]) (and (pair? s) (or (same? k (car s)) (search (cdr s)))))
                      (car items)
                      (loop (cdr items) (cons k sofar))))
                (fail-k)))))))

;; Classes in order of first appearance, elements in their original order. For an equality other
;; than the built-in ones, Racket's association list: each class is found by comparing its latest
;; key with the new one, `(=? class-key k)`.
(define (group-by key l [=? equal?])
  (unless (%procedure-of-arity? key 1) (raise-argument-error 'group-by "(-> any/c any/c)" 0 key l))
  (unless (%procedure-of-arity? =? 2) (raise-argument-error 'group-by "(any/c any/c . -> . any/c)" 2 key l =?))
  (unless (list? l) (raise-argument-error 'group-by "list?" 1 key l))
  (let ([keys (map key l)] [kind (%equality-kind =?)])
    (if kind
        (%group-by-keys l keys kind)
        (let loop ([l l] [keys keys] [classes '()])
          (if (null? l)
              (map (lambda (c) (reverse (cdr c))) classes)
              (let ([x (car l)] [k (car keys)])
                (loop (cdr l) (cdr keys)
                      (let update ([al classes])
                        (cond [(null? al) (list (list k x))]
                              [(=? (caar al) k) (cons (cons k (cons x (cdar al))) (cdr al))]
                              [else (cons (car al) (update (cdr al)))])))))))))

;; ---- racket/vector -------------------------------------------------------------------------------

(define (build-vector n f)
  (unless (exact-nonnegative-integer? n) (raise-argument-error 'build-vector "exact-nonnegative-integer?" n))
  (unless (%procedure-of-arity? f 1)
    (raise-argument-error 'build-vector "(exact-nonnegative-integer? . -> . any/c)" f))
  (let ([v (make-vector n)])
    (let loop ([i 0])
      (if (= i n)
          v
          (begin (vector-set! v i (f i)) (loop (+ i 1)))))))

;; Fills target[i] with (f v[i] vs[i] ...) for every i, in order.
(define (%vector-map-into! f target len v vs)
  (if (null? vs)
      (let loop ([i 0])
        (when (< i len)
          (vector-set! target i (f (vector-ref v i)))
          (loop (+ i 1))))
      (let ([all (cons v vs)])
        (let loop ([i 0])
          (when (< i len)
            (vector-set! target i (apply f (map (lambda (vec) (vector-ref vec i)) all)))
            (loop (+ i 1)))))))

(define (vector-map f v . vs)
  (let* ([len (%check-vector-map-args 'vector-map f v vs #f)]
         [out (make-vector len)])
    (%vector-map-into! f out len v vs)
    out))

(define (vector-map! f v . vs)
  (let ([len (%check-vector-map-args 'vector-map! f v vs #t)])
    (%vector-map-into! f v len v vs)
    v))

;; Not in Racket 8.7's racket/vector (later versions have it): R7RS's, with vector-map's checks.
(define (vector-for-each f v . vs)
  (let ([len (%check-vector-map-args 'vector-for-each f v vs #f)])
    (if (null? vs)
        (let loop ([i 0])
          (when (< i len)
            (f (vector-ref v i))
            (loop (+ i 1))))
        (let ([all (cons v vs)])
          (let loop ([i 0])
            (when (< i len)
              (apply f (map (lambda (vec) (vector-ref vec i)) all))
              (loop (+ i 1))))))))

(define (%vector-filter who keep? f v)
  (unless (%procedure-of-arity? f 1) (raise-argument-error who "(any/c . -> . any/c)" 0 f))
  ;; The loop is Racket's `for/list` over `in-vector`, hence in-vector's complaint.
  (unless (vector? v) (raise-argument-error 'in-vector "vector" v))
  (let ([len (vector-length v)])
    (let loop ([i 0] [acc '()])
      (if (= i len)
          (list->vector (reverse acc))
          (let ([x (vector-ref v i)])
            (loop (+ i 1) (if (if (f x) keep? (not keep?)) (cons x acc) acc)))))))

(define (vector-filter f v) (%vector-filter 'vector-filter #t f v))
(define (vector-filter-not f v) (%vector-filter 'vector-filter-not #f f v))

(define (vector-count f v . vs)
  (unless (procedure? f) (raise-argument-error 'vector-count "procedure?" f))
  (unless (procedure-arity-includes? f (+ 1 (length vs)))
    (raise-arguments-error 'vector-count "mismatch between procedure arity and argument count"
                           "procedure" f "expected arity" (+ 1 (length vs))))
  (unless (and (vector? v) (andmap vector? vs))
    ;; sic: Racket reports the first argument that is not a list (#f when it is one).
    (raise-argument-error 'vector-count "vector?" (ormap (lambda (x) (and (not (list? x)) x)) (cons v vs))))
  (let ([len (vector-length v)])
    (unless (andmap (lambda (w) (= len (vector-length w))) vs)
      (raise-arguments-error 'vector-count "all vectors must have same size"))
    (let loop ([i 0] [c 0])
      (if (= i len)
          c
          (loop (+ i 1)
                (if (if (null? vs)
                        (f (vector-ref v i))
                        (apply f (vector-ref v i) (map (lambda (w) (vector-ref w i)) vs)))
                    (+ c 1)
                    c))))))

;; racket/vector's mk-min, for vector-argmin (cmp <) and vector-argmax (cmp >).
(define (%vector-arg-extreme who cmp f xs)
  (unless (%procedure-of-arity? f 1) (raise-argument-error who "(any/c . -> . real?)" f))
  (unless (and (vector? xs) (< 0 (vector-length xs)))
    (raise-argument-error who "(and/c vector? (lambda (v) (positive? (vector-length v))))" xs))
  (let ([init (f (vector-ref xs 0))] [len (vector-length xs)])
    (unless (real? init) (raise-result-error who "real?" init))
    (let loop ([i 1] [best (vector-ref xs 0)] [best-value init])
      (if (= i len)
          best
          (let* ([x (vector-ref xs i)] [v (f x)])
            (unless (real? v) (raise-result-error who "real?" v))
            (if (cmp v best-value)
                (loop (+ i 1) x v)
                (loop (+ i 1) best best-value)))))))

(define (vector-argmin f xs) (%vector-arg-extreme 'vector-argmin < f xs))
(define (vector-argmax f xs) (%vector-arg-extreme 'vector-argmax > f xs))

;; racket/list's list-prefix?. Racket 8.7 applies `same?` to the first elements only and
;; compares the rest with equal? (its recursion drops the argument): matched, so that
;; (list-prefix? '(1 2) '(1.0 2.0) =) is #f there and here.
(define (list-prefix? l r [same? equal?])
  (check-list 'list-prefix? l)
  (check-list 'list-prefix? r)
  (cond [(null? l) #t]
        [(null? r) #f]
        [(same? (car l) (car r)) (list-prefix? (cdr l) (cdr r))]
        [else #f]))

;; racket/dict over the dictionaries models use: hash tables and association lists (lists of
;; pairs). Functional updates of an association list keep its order, replacing an existing
;; key in place and adding a new key at the end, as Racket does.
(define (dict-kind who d)
  (cond [(hash? d) 'hash]
        [(and (list? d) (andmap pair? d)) 'alist]
        [else (raise-argument-error who "dict?" d)]))

(define (dict-ref d key [failure (lambda () (error 'dict-ref "no value for key: ~e in: ~e" key d))])
  (case (dict-kind 'dict-ref d)
    [(hash) (hash-ref d key failure)]
    [else (let ([hit (assoc key d)])
            (cond [hit (cdr hit)]
                  [(procedure? failure) (failure)]
                  [else failure]))]))

(define (dict-has-key? d key)
  (case (dict-kind 'dict-has-key? d)
    [(hash) (hash-has-key? d key)]
    [else (and (assoc key d) #t)]))

(define (dict-set d key v)
  (case (dict-kind 'dict-set d)
    [(hash) (hash-set d key v)]
    [else (if (assoc key d)
              (map (lambda (p) (if (equal? (car p) key) (cons key v) p)) d)
              (append d (list (cons key v))))]))

(define (dict-remove d key)
  (case (dict-kind 'dict-remove d)
    [(hash) (hash-remove d key)]
    [else (filter (lambda (p) (not (equal? (car p) key))) d)]))

(define (dict-update d key updater [failure (lambda () (error 'dict-update "no value for key: ~e" key))])
  (dict-set d key (updater (dict-ref d key failure))))

(define (dict-keys d)
  (case (dict-kind 'dict-keys d) [(hash) (hash-keys d)] [else (map car d)]))

(define (dict-values d)
  (case (dict-kind 'dict-values d) [(hash) (hash-values d)] [else (map cdr d)]))

(define (dict->list d)
  (case (dict-kind 'dict->list d) [(hash) (hash->list d)] [else d]))

(define (dict-count d)
  (case (dict-kind 'dict-count d) [(hash) (hash-count d)] [else (length d)]))

(define (dict? d) (or (hash? d) (and (list? d) (andmap pair? d))))

(define (dict-empty? d)
  (case (dict-kind 'dict-empty? d) [(hash) (hash-empty? d)] [else (null? d)]))

;; hash-map's order for a table, as Racket's dict-map and dict-for-each follow it.
(define (dict-map d proc)
  (case (dict-kind 'dict-map d)
    [(hash) (hash-map d proc)]
    [else (map (lambda (p) (proc (car p) (cdr p))) d)]))

(define (dict-for-each d proc)
  (case (dict-kind 'dict-for-each d)
    [(hash) (hash-for-each d proc)]
    [else (for-each (lambda (p) (proc (car p) (cdr p))) d)]))

(define (in-dict d)
  (case (dict-kind 'in-dict d)
    [(hash) (in-hash d)]
    [else (in-parallel (map car d) (map cdr d))]))

(define (in-dict-keys d)
  (case (dict-kind 'in-dict-keys d) [(hash) (in-hash-keys d)] [else (in-list (map car d))]))

(define (in-dict-values d)
  (case (dict-kind 'in-dict-values d) [(hash) (in-hash-values d)] [else (in-list (map cdr d))]))

;; The mutating operations: of the dictionaries models use, only mutable hash tables have them.
;; Racket's error goes on with the contract's blame (`in: the d argument of (->i ...)`), which
;; is left out here.
(define (dict-mutable who d)
  (unless (and (hash? d) (not (immutable? d)))
    (raise-argument-error who (format "(dict-implements/c ~a)" who) d)))

(define (dict-set! d key v)
  (dict-mutable 'dict-set! d)
  (hash-set! d key v))

(define (dict-remove! d key)
  (dict-mutable 'dict-remove! d)
  (hash-remove! d key))

(define (dict-update! d key updater [failure (lambda () (error 'dict-update! "no value for key: ~e" key))])
  (dict-mutable 'dict-update! d)
  (hash-set! d key (updater (dict-ref d key failure))))

(define (dict-ref! d key to-set)
  (dict-mutable 'dict-ref! d)
  (hash-ref! d key to-set))
