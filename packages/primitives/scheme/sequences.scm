;; Procedural sequences (src/syntax/procedural-sequence.ts): make-do-sequence and what is built
;; on it. A `for` loop forces each pending position with %force-position, which calls the
;; sequence's procedures in the order Racket's loops call them: continue-after-pos+val? on the
;; element just used, next-pos, continue-with-pos?, pos->element, early-next-pos,
;; continue-with-val?.

;; What a for loop over a run-time sequence calls when its test fails: the next position of a
;; procedural sequence's loop driver, computed, or the position the loop already had.
(define (%loop-force s pos)
  (if (%loop-pending? s)
      (%force-position (%loop-take-pending s))
      pos))

(define (%force-position p)
  (if (%position-pending? p)
      (let ([parts (%pending-parts p)])
        (if (vector-ref parts 1)
            (%force-step (vector-ref parts 1) (vector-ref parts 2) (vector-ref parts 3))
            ;; The first element: the thunk gives the procedures and the initial position.
            (call-with-values (vector-ref parts 0)
              (case-lambda
                [(pos->element next-pos initial continue-pos? continue-val? continue-after?)
                 (%force-step (%sequence-procedures pos->element #f next-pos continue-pos? continue-val? continue-after?) initial #f)]
                [(pos->element early-next-pos next-pos initial continue-pos? continue-val? continue-after?)
                 (%force-step (%sequence-procedures pos->element early-next-pos next-pos continue-pos? continue-val? continue-after?) initial #f)]))))
      p))

;; `procs` is #(pos->element early-next-pos next-pos continue-with-pos? continue-with-val?
;; continue-after-pos+val?); `previous` the values of the element just used (a vector), or #f.
(define (%force-step procs pos previous)
  (let ([continue-after? (vector-ref procs 5)])
    (if (and previous continue-after? (not (apply continue-after? pos (vector->list previous))))
        #f
        (let ([pos (if previous ((vector-ref procs 2) pos) pos)]
              [continue-pos? (vector-ref procs 3)])
          (if (and continue-pos? (not (continue-pos? pos)))
              #f
              (call-with-values
               (lambda () ((vector-ref procs 0) pos))
               (lambda vals
                 (let ([pos (if (vector-ref procs 1) ((vector-ref procs 1) pos) pos)]
                       [continue-val? (vector-ref procs 4)])
                   (if (and continue-val? (not (apply continue-val? vals)))
                       #f
                       (%ready-position procs pos vals))))))))))

;; Racket's in-producer: calls the producer for each element; with a stop value, the sequence
;; ends when the producer returns it (eq?), or when the stop procedure says so.
(define in-producer
  (case-lambda
    [(producer)
     (make-do-sequence (lambda () (values (lambda (_) (producer)) void (void) #f #f #f)))]
    [(producer stop . more)
     (let ([produce! (if (null? more) (lambda (_) (producer)) (lambda (_) (apply producer more)))]
           [stop? (if (procedure? stop)
                      (lambda xs (not (apply stop xs)))
                      (lambda (x) (not (eq? x stop))))])
       (make-do-sequence (lambda () (values produce! void (void) #f stop? #f))))]))

(define (sequence->list s)
  (if (%procedural-sequence? s)
      (for/list ([v s]) v)
      (%sequence->list s)))

(define (sequence-length s)
  (if (%procedural-sequence? s)
      (for/fold ([n 0]) ([v s]) (+ n 1))
      (%sequence-length s)))

;; ---- cursors: any sequence stepped from Scheme ---------------------------------------------
;; A cursor is (driver . position) with the position computed, or #f at the end. The driver is
;; what %sequence gives a for loop; its pending position is taken right after it is set.

(define (%cursor-start who s)
  (let ([d (%sequence s who)]) (%cursor d (%sequence-start d))))

(define (%cursor d pos)
  (let ([pos (if (and (not pos) (%loop-pending? d)) (%force-position (%loop-take-pending d)) pos)])
    (and pos (cons d pos))))

(define (%cursor-next c) (%cursor (car c) (%sequence-next (car c) (cdr c))))
(define (%cursor-value c) (%sequence-ref1 (car c) (cdr c)))
(define (%cursor-values c) (%sequence-ref (car c) (cdr c)))

;; ---- composite sequences with procedural parts ---------------------------------------------

(define (in-indexed s)
  (if (%procedural-sequence? s)
      (make-do-sequence
       (lambda ()
         (values (lambda (p) (values (%cursor-value (car p)) (cdr p)))
                 (lambda (p) (cons (%cursor-next (car p)) (add1 (cdr p))))
                 (cons (%cursor-start 'in-indexed s) 0)
                 car #f #f)))
      (%in-indexed s)))

(define (in-parallel . ss)
  (if (ormap %procedural-sequence? ss)
      (make-do-sequence
       (lambda ()
         (values (lambda (cs) (apply values (map %cursor-value cs)))
                 (lambda (cs) (map %cursor-next cs))
                 (map (lambda (s) (%cursor-start 'in-parallel s)) ss)
                 (lambda (cs) (andmap values cs))
                 #f #f)))
      (apply %in-parallel ss)))

;; Positions are (cursor . sequences-after-it); `cycle?` starts again from the first sequence.
(define (%concatenated who ss cycle?)
  (define (from rest tried)
    (cond [(and (null? rest) (or (not cycle?) (null? ss) (= tried (length ss)))) #f]
          [(null? rest) (from ss tried)]
          [else (let ([c (%cursor-start who (car rest))])
                  (if c (cons c (cdr rest)) (from (cdr rest) (add1 tried))))]))
  (make-do-sequence
   (lambda ()
     (values (lambda (p) (%cursor-values (car p)))
             (lambda (p) (let ([c (%cursor-next (car p))]) (if c (cons c (cdr p)) (from (cdr p) 0))))
             (from ss 0)
             values #f #f))))

(define (in-sequences . ss)
  (if (ormap %procedural-sequence? ss) (%concatenated 'in-sequences ss #f) (apply %in-sequences ss)))

(define (in-cycle . ss)
  (if (ormap %procedural-sequence? ss) (%concatenated 'in-cycle ss #t) (apply %in-cycle ss)))

;; ---- ports as sequences (racket/private/for.rkt) ---------------------------------------------

(define (in-port [r read] [p (current-input-port)])
  (unless (and (procedure? r) (procedure-arity-includes? r 1))
    (raise-argument-error 'in-port "(procedure-arity-includes/c 1)" r))
  (unless (input-port? p) (raise-argument-error 'in-port "input-port?" p))
  (in-producer (lambda () (r p)) eof))

(define (in-lines [p (current-input-port)] [mode 'any])
  (unless (input-port? p) (raise-argument-error 'in-lines "input-port?" p))
  (unless (memq mode '(linefeed return return-linefeed any any-one))
    (raise-argument-error 'in-lines "(or/c 'linefeed 'return 'return-linefeed 'any 'any-one)" mode))
  (in-producer (lambda () (read-line p mode)) eof))
