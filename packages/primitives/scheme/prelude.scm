;; Library procedures that call back into Scheme, written in Scheme so that continuations
;; captured inside a callback stay re-entrant (a JS loop could not be resumed twice) and
;; tail calls and fuel checks apply to them like to user code.

(define (check-list who l)
  (unless (list? l) (raise-argument-error who "list?" l)))

(define (check-procedure who f)
  (unless (procedure? f) (raise-argument-error who "procedure?" f)))

(define (map f l . ls)
  (check-procedure 'map f)
  (check-list 'map l)
  (for-each (lambda (x) (check-list 'map x)) ls)
  (if (null? ls)
      (let loop ([l l] [acc '()])
        (if (null? l)
            (reverse acc)
            (loop (cdr l) (cons (f (car l)) acc))))
      (let loop ([ls (cons l ls)] [acc '()])
        (if (ormap null? ls)
            (reverse acc)
            (loop (map cdr ls) (cons (apply f (map car ls)) acc))))))

(define (for-each f l . ls)
  (check-procedure 'for-each f)
  (check-list 'for-each l)
  (if (null? ls)
      (let loop ([l l])
        (unless (null? l)
          (f (car l))
          (loop (cdr l))))
      (let loop ([ls (cons l ls)])
        (unless (ormap null? ls)
          (apply f (map car ls))
          (loop (map cdr ls))))))

(define (andmap f l . ls)
  (if (null? ls)
      (let loop ([l l])
        (cond [(null? l) #t]
              [(null? (cdr l)) (f (car l))]
              [(f (car l)) (loop (cdr l))]
              [else #f]))
      (let loop ([ls (cons l ls)])
        (cond [(ormap null? ls) #t]
              [(apply f (map car ls)) (loop (map cdr ls))]
              [else #f]))))

(define (ormap f l . ls)
  (if (null? ls)
      (let loop ([l l])
        (cond [(null? l) #f]
              [(null? (cdr l)) (f (car l))]
              [else (or (f (car l)) (loop (cdr l)))]))
      (let loop ([ls (cons l ls)])
        (if (ormap null? ls)
            #f
            (or (apply f (map car ls)) (loop (map cdr ls)))))))

(define (filter f l)
  (check-procedure 'filter f)
  (check-list 'filter l)
  (let loop ([l l] [acc '()])
    (cond [(null? l) (reverse acc)]
          [(f (car l)) (loop (cdr l) (cons (car l) acc))]
          [else (loop (cdr l) acc)])))

(define (foldl f init l . ls)
  (check-procedure 'foldl f)
  (check-list 'foldl l)
  (if (null? ls)
      (let loop ([l l] [acc init])
        (if (null? l) acc (loop (cdr l) (f (car l) acc))))
      (let loop ([ls (cons l ls)] [acc init])
        (if (ormap null? ls)
            acc
            (loop (map cdr ls) (apply f (append (map car ls) (list acc))))))))

(define (foldr f init l . ls)
  (check-procedure 'foldr f)
  (check-list 'foldr l)
  (if (null? ls)
      (let loop ([l (reverse l)] [acc init])
        (if (null? l) acc (loop (cdr l) (f (car l) acc))))
      (let loop ([ls (map reverse (cons l ls))] [acc init])
        (if (ormap null? ls)
            acc
            (loop (map cdr ls) (apply f (append (map car ls) (list acc))))))))

(define (with-output-to-string thunk)
  (let ([port (open-output-string)])
    (parameterize ([current-output-port port]) (thunk))
    (get-output-string port)))

(define (call-with-output-string proc)
  (let ([port (open-output-string)])
    (proc port)
    (get-output-string port)))
