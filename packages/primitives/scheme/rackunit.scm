;; rackunit and rackunit/text-ui, ported from Racket 8.7's rackunit-lib (private/check-info.rkt,
;; check.rkt, format.rkt, test-case.rkt, test-suite.rkt, result.rkt, text-ui.rkt). The check forms
;; (check-equal? and the others) are macros in src/syntax/rackunit.ts: they capture the source
;; location of the check and expand to (%rackunit-run-check name location expression thunk),
;; where the thunk calls the check's procedure below with the arguments.
;;
;; As in Racket, a failing check raises exn:test:check; around a check at top level,
;; current-check-around catches it (and any other raised value) and prints a FAILURE (or ERROR)
;; block on the error port, and the program goes on. Inside test-case, checks raise and the test
;; case catches; inside test-suite, nothing runs until run-tests.

;; ---- check infos (check-info.rkt) ----------------------------------------------------------------

(struct check-info (name value) #:transparent #:constructor-name make-check-info)
(struct string-info (value) #:transparent)
(struct %location-info (value) #:transparent)
(struct %pretty-info (value) #:transparent)
(struct %verbose-info (value) #:transparent)

(define (make-check-name v) (make-check-info 'name v))
(define (make-check-params v) (make-check-info 'params (%pretty-info v)))
(define (make-check-location v) (make-check-info 'location (%location-info v)))
(define (make-check-expression v) (make-check-info 'expression (%verbose-info v)))
(define (make-check-message v) (make-check-info 'message v))
(define (make-check-actual v) (make-check-info 'actual (%pretty-info v)))
(define (make-check-expected v) (make-check-info 'expected (%pretty-info v)))
(define (%check-info-named? name) (lambda (info) (eq? (check-info-name info) name)))
(define check-name? (%check-info-named? 'name))
(define check-params? (%check-info-named? 'params))
(define check-location? (%check-info-named? 'location))
(define check-expression? (%check-info-named? 'expression))
(define check-message? (%check-info-named? 'message))
(define check-actual? (%check-info-named? 'actual))
(define check-expected? (%check-info-named? 'expected))

(define current-check-info (make-parameter '()))

;; Later infos replace earlier ones with the same name.
(define (with-check-info* info thunk)
  (let ([all (append (current-check-info) info)])
    (parameterize ([current-check-info (reverse (remove-duplicates (reverse all) #:key check-info-name))])
      (thunk))))

;; Only names not there already are added: the outermost check's name and location win.
(define (with-default-check-info* info thunk)
  (let* ([old (current-check-info)]
         [old-names (map check-info-name old)])
    (parameterize ([current-check-info
                    (append old (filter (lambda (i) (not (memq (check-info-name i) old-names))) info))])
      (thunk))))

(define-syntax-rule (with-check-info ([name val] ...) body ...)
  (with-check-info* (list (make-check-info name val) ...) (lambda () body ...)))

;; ---- the exceptions and raising them (base.rkt, check.rkt) --------------------------------------

(struct exn:test exn:fail () #:extra-constructor-name make-exn:test)
(struct exn:test:check exn:test (stack) #:extra-constructor-name make-exn:test:check)

(define (fail-check [message ""])
  (raise (make-exn:test:check message (current-continuation-marks) (current-check-info))))

(define (%refail-check e)
  (raise (make-exn:test:check (exn-message e) (exn-continuation-marks e) (exn:test:check-stack e))))

;; Racket reads the check infos of an exception from its continuation marks (the parameterization
;; where it was raised). Here the handler that catches it records them at the raise: the infos of
;; the most recent value caught by a check or a test case.
;; A box, because library definitions cannot be assigned: (raised-value . check-infos).
(define %last-raise (box (cons #f '())))

(define (%exn-check-info e)
  (let ([last (unbox %last-raise)])
    (if (eq? e (car last)) (cdr last) '())))

;; with-handlers catching everything, which also records the check infos where the value was raised.
(define (%call-catching-all thunk handler)
  ((call/ec
    (lambda (k)
      (with-exception-handler
       (lambda (v)
         (let ([info (current-check-info)])
           (k (lambda ()
                (set-box! %last-raise (cons v info))
                (handler v)))))
       (lambda () (call-with-values thunk (lambda results (lambda () (apply values results))))))))))

;; ---- printing failures (format.rkt) --------------------------------------------------------------

(define %minimum-name-width 9)

(define (%location->string location)
  (let ([source (car location)] [line (cadr location)] [column (caddr location)])
    (string-append (cond [(string? source) source] [(not source) "unknown"] [else (format "~a" source)])
                   ":" (if (number? line) (number->string line) "?")
                   ":" (if (number? column) (number->string column) "?"))))

(define (%print-info-value v)
  (cond [(string-info? v) (display (string-info-value v))]
        [(%location-info? v) (display (%location->string (%location-info-value v)))]
        [(%pretty-info? v) (pretty-print (%pretty-info-value v) #:newline? #f)]
        [(%verbose-info? v) (%print-info-value (%verbose-info-value v))]
        [else (write v)]))

(define (%print-name name [width #f])
  (printf "~a:~a" name (if width (string-append "  " (make-string (max (- width (string-length name)) 0) #\space)) "")))

(define (%print-check-info info width)
  (let ([name (symbol->string (check-info-name info))] [value (check-info-value info)])
    (cond
      [(and (equal? name "exception") (exn? value))
       ;; Racket shows the error-display-handler's text (message and context); here the message.
       (%print-name name)
       (newline)
       (displayln (string-join (map (lambda (line) (string-append "  " line)) (string-split (exn-message value) "\n" #:trim? #f)) "\n"))]
      [else
       (let ([one-line (with-output-to-string
                         (lambda ()
                           (parameterize ([pretty-print-columns 'infinity])
                             (%print-name name width)
                             (%print-info-value value))))])
         (cond
           [(and (<= (string-length one-line) (pretty-print-columns)) (not (string-contains? one-line "\n")))
            (%print-name name width)
            (%print-info-value value)
            (newline)]
           [else
            (%print-name name)
            (newline)
            (display "  ")
            (%print-info-value value)
            (newline)]))])))

;; Without verbose: no expressions, and no params when actual is shown.
(define (%simplify-infos stack)
  (let ([has-actual? (ormap check-actual? stack)])
    (filter (lambda (i) (not (or (%verbose-info? (check-info-value i)) (and has-actual? (check-params? i))))) stack)))

(define (%print-check-info-stack stack verbose?)
  (let* ([stack (if verbose? stack (%simplify-infos stack))]
         [width (apply max %minimum-name-width (map (lambda (i) (string-length (symbol->string (check-info-name i)))) stack))])
    (for-each (lambda (i) (%print-check-info i width)) stack)))

(define (%display-raised-message v)
  (if (exn? v)
      (unless (equal? (exn-message v) "")
        (newline)
        (displayln (exn-message v)))
      (printf "\nA value other than an exception was raised: ~e\n" v)))

(define (%display-test-failure/error e [name #f] #:verbose? [verbose? #f])
  (parameterize ([current-output-port (current-error-port)])
    (displayln "--------------------")
    (when name (displayln name))
    (cond [(exn:test:check? e)
           (displayln "FAILURE")
           (%print-check-info-stack (exn:test:check-stack e) verbose?)]
          [(exn? e)
           (displayln "ERROR")
           (%print-check-info-stack (%exn-check-info e) verbose?)]
          [else
           (displayln "ERROR")
           (%print-check-info-stack (current-check-info) verbose?)])
    (%display-raised-message e)
    (displayln "--------------------")))

;; ---- running checks (check.rkt) ------------------------------------------------------------------

(define current-check-handler (make-parameter %display-test-failure/error))

(define (%plain-check-around chk-thunk) (chk-thunk))

;; A check at top level: its failure (or error) is printed and the program goes on.
(define (%default-check-around chk-thunk)
  (let ([handler (current-check-handler)])
    (parameterize ([current-check-around %plain-check-around])
      (%call-catching-all (lambda () (chk-thunk) (void)) handler))))

(define current-check-around (make-parameter %default-check-around))

;; What a check form expands to: its name, location and form as infos, then the check under
;; current-check-around. `location` is (source line column position span).
(define (%rackunit-run-check name location expression thunk)
  (with-default-check-info*
   (list (make-check-name name) (make-check-location location) (make-check-expression expression))
   (lambda () ((current-check-around) thunk))))

(define (%infos-if . infos) (filter values infos))

;; The procedure of a check: the arguments (and an optional message) as infos, then the body.
(define-syntax-rule (%define-check-procedure (impl name formal ...) body ...)
  (define impl
    (let ()
      (define (name formal ... [message #f])
        (when (and message (not (string? message)))
          (raise-argument-error 'name "(or/c #f string?)" message))
        (with-default-check-info*
         (%infos-if (make-check-name 'name)
                    (make-check-location (list 'unknown #f #f #f #f))
                    (make-check-expression 'unknown)
                    (make-check-params (list formal ...))
                    (and message (make-check-message message)))
         (lambda () body ... (void))))
      name)))

(define-syntax-rule (%define-simple-check (impl name formal ...) body ...)
  (%define-check-procedure (impl name formal ...) (or (let () body ...) (fail-check))))

(define-syntax-rule (%define-binary-check (impl name pred actual expected))
  (%define-check-procedure (impl name actual expected)
    (with-default-check-info*
     (list (make-check-actual actual) (make-check-expected expected))
     (lambda () (or (pred actual expected) (fail-check))))))

(%define-binary-check (%rackunit-check-equal? check-equal? equal? actual expected))
(%define-binary-check (%rackunit-check-eq? check-eq? eq? actual expected))
(%define-binary-check (%rackunit-check-eqv? check-eqv? eqv? actual expected))
(%define-simple-check (%rackunit-check-not-equal? check-not-equal? expr1 expr2) (not (equal? expr1 expr2)))
(%define-simple-check (%rackunit-check-not-eq? check-not-eq? expr1 expr2) (not (eq? expr1 expr2)))
(%define-simple-check (%rackunit-check-not-eqv? check-not-eqv? expr1 expr2) (not (eqv? expr1 expr2)))
(%define-simple-check (%rackunit-check check operator expr1 expr2) (operator expr1 expr2))
(%define-simple-check (%rackunit-check-pred check-pred predicate expr) (predicate expr))
(%define-simple-check (%rackunit-check-= check-= expr1 expr2 epsilon) (<= (abs (- expr1 expr2)) epsilon))
(%define-simple-check (%rackunit-check-true check-true expr) (eq? expr #t))
(%define-simple-check (%rackunit-check-false check-false expr) (eq? expr #f))
(%define-simple-check (%rackunit-check-not-false check-not-false expr) expr)
(%define-simple-check (%rackunit-fail fail) #f)
(%define-simple-check (%rackunit-check-regexp-match check-regexp-match regex string)
  (and (string? string) (regexp-match regex string)))

;; equal?, with numbers compared within epsilon (equal-within.rkt).
(define (%equal-within? a b epsilon)
  (let loop ([a a] [b b])
    (cond [(and (number? a) (number? b)) (<= (abs (- a b)) epsilon)]
          [(and (pair? a) (pair? b)) (and (loop (car a) (car b)) (loop (cdr a) (cdr b)))]
          [(and (vector? a) (vector? b))
           (and (= (vector-length a) (vector-length b)) (for/and ([x a] [y b]) (loop x y)))]
          [(and (box? a) (box? b)) (loop (unbox a) (unbox b))]
          [(and (hash? a) (hash? b))
           (and (= (hash-count a) (hash-count b))
                (for/and ([(k v) (in-hash a)]) (and (hash-has-key? b k) (loop v (hash-ref b k)))))]
          [(and (struct? a) (struct? b)) (loop (struct->vector a) (struct->vector b))]
          [else (equal? a b)])))

(%define-check-procedure (%rackunit-check-within check-within actual expected epsilon)
  (with-check-info*
   (list (make-check-actual actual) (make-check-expected expected))
   (lambda () (unless (%equal-within? actual expected epsilon) (fail-check)))))

(define (%check-thunk who thunk)
  (unless (and (procedure? thunk) (procedure-arity-includes? thunk 0))
    (raise-arguments-error who "thunk must be a procedure that accepts 0 arguments" "thunk" thunk)))

(%define-check-procedure (%rackunit-check-exn check-exn raw-pred thunk)
  (let ([pred (cond [(regexp? raw-pred)
                     (lambda (x) (and (exn:fail? x) (regexp-match raw-pred (exn-message x))))]
                    [(and (procedure? raw-pred) (procedure-arity-includes? raw-pred 1)) raw-pred]
                    [else (raise-argument-error 'check-exn "(or/c (-> any/c any/c) regexp?)" raw-pred)])])
    (%check-thunk 'check-exn thunk)
    (let/ec succeed
      (with-handlers ([pred (lambda (e) (succeed #t))]
                      [exn:test:check? %refail-check]
                      [exn:fail?
                       (lambda (e)
                         (with-default-check-info*
                          (list (make-check-message "Wrong exception raised")
                                (make-check-info 'exn-message (exn-message e))
                                (make-check-info 'exn e))
                          (lambda () (fail-check))))])
        (thunk))
      (with-default-check-info* (list (make-check-message "No exception raised")) (lambda () (fail-check))))))

(%define-check-procedure (%rackunit-check-not-exn check-not-exn thunk)
  (%check-thunk 'check-not-exn thunk)
  (with-handlers ([exn:test:check? %refail-check]
                  [exn?
                   (lambda (e)
                     (with-default-check-info*
                      (list (make-check-message "Exception raised")
                            (make-check-info 'exception-message (exn-message e))
                            (make-check-info 'exception e))
                      (lambda () (fail-check))))])
    (thunk)))

;; ---- test cases (test-case.rkt) ------------------------------------------------------------------

(define current-test-name (make-parameter #f))

;; A test case at top level runs at once; a failure is printed under its name.
(define (%default-test-case-around thunk)
  (%call-catching-all thunk (lambda (e) (%display-test-failure/error e (current-test-name)))))

(define current-test-case-around (make-parameter %default-test-case-around))

(define (run-test-case thunk [name (current-test-name)])
  (parameterize ([current-test-name name])
    ((current-test-case-around)
     (lambda () (parameterize ([current-check-around %plain-check-around]) (thunk))))))

(define-syntax-rule (test-begin body ...)
  (run-test-case (lambda () (void) body ...)))

(define-syntax-rule (test-case name body ...)
  (let ([the-name name])
    (unless (string? the-name) (raise-argument-error 'test-case "string?" the-name))
    (run-test-case (lambda () (void) body ...) the-name)))

(define-syntax-rule (before setup body ...) (dynamic-wind (lambda () setup) (lambda () body ...) void))
(define-syntax-rule (after body ... teardown) (dynamic-wind void (lambda () body ...) (lambda () teardown)))
(define-syntax-rule (around setup body ... teardown) (dynamic-wind (lambda () setup) (lambda () body ...) (lambda () teardown)))

;; ---- test suites (base.rkt, test-suite.rkt, result.rkt) ------------------------------------------

(struct rackunit-test-case (name action) #:transparent)
(struct rackunit-test-suite (name tests before after) #:transparent)
(define (test-case? v) (rackunit-test-case? v))
(define (test-suite? v) (rackunit-test-suite? v))

(struct test-result (test-case-name))
(struct test-failure test-result (result))
(struct test-error test-result (result))
(struct test-success test-result (result))

(define %current-seed (make-parameter #f))

;; Inside a suite, test cases and checks are not run at once: they are handed to `fhere`.
(define ((%suite-test-case-around fhere) thunk)
  (let ([name (current-test-name)])
    (%current-seed (fhere (rackunit-test-case name thunk) name thunk (%current-seed)))))

(define ((%suite-check-around fhere) thunk)
  (%current-seed (fhere (rackunit-test-case #f thunk) #f thunk (%current-seed))))

(define (%apply-test-suite suite fdown fup fhere seed)
  (let* ([name (rackunit-test-suite-name suite)]
         [kid-seed (fdown suite name (rackunit-test-suite-before suite) (rackunit-test-suite-after suite) seed)]
         [kid-seed ((rackunit-test-suite-tests suite) fdown fup fhere kid-seed)])
    (fup suite name (rackunit-test-suite-before suite) (rackunit-test-suite-after suite) seed kid-seed)))

;; The tests of a suite, each a thunk evaluating one test expression, run in order.
(define (%run-suite-tests tests)
  (lambda (fdown fup fhere seed)
    (define (run/inner x)
      (cond [(rackunit-test-suite? x) (%current-seed (%apply-test-suite x fdown fup fhere (%current-seed)))]
            [(list? x) (for-each run/inner x)]
            [else (void)]))
    (parameterize ([%current-seed seed]
                   [current-test-case-around (%suite-test-case-around fhere)]
                   [current-check-around (%suite-check-around fhere)])
      (for-each (lambda (test) (run/inner (test))) tests)
      (%current-seed))))

(define (%make-suite name before after tests)
  (unless (string? name) (raise-argument-error 'test-suite "string?" name))
  (rackunit-test-suite name (%run-suite-tests tests) before after))

(define-syntax test-suite
  (syntax-rules ()
    [(_ name #:before before-thunk #:after after-thunk test ...)
     (%make-suite name before-thunk after-thunk (list (lambda () test) ...))]
    [(_ name #:before before-thunk test ...)
     (%make-suite name before-thunk void (list (lambda () test) ...))]
    [(_ name #:after after-thunk test ...)
     (%make-suite name void after-thunk (list (lambda () test) ...))]
    [(_ name test ...)
     (%make-suite name void void (list (lambda () test) ...))]))

(define-syntax-rule (define-test-suite name test ...)
  (define name (test-suite (symbol->string 'name) test ...)))

(define (make-test-suite name tests #:before [before void] #:after [after void])
  (rackunit-test-suite
   name
   (lambda (fdown fup fhere seed)
     (parameterize ([%current-seed seed])
       (for-each (lambda (t)
                   (cond [(rackunit-test-suite? t) (%current-seed (%apply-test-suite t fdown fup fhere (%current-seed)))]
                         [(rackunit-test-case? t)
                          (%current-seed (fhere t (rackunit-test-case-name t) (rackunit-test-case-action t) (%current-seed)))]
                         [else (raise (make-exn:test (format "tests->test-suite-action received ~a in list of tests ~a, which is not a test." t tests)
                                                     (current-continuation-marks)))]))
                 tests)
       (%current-seed)))
   before
   after))

;; result.rkt: a test case's outcome, with its failure or error caught.
(define (%run-test-action name action)
  (%call-catching-all
   (lambda () (test-success name (action)))
   (lambda (e) (if (exn:test:check? e) (test-failure name e) (test-error name e)))))

(define (%fold-test-results result-fn seed test fdown fup)
  (let ([fdown* (lambda (suite name before after seed) (before) (fdown name seed))]
        [fup* (lambda (suite name before after seed kid-seed) (after) (fup name kid-seed))]
        [fhere (lambda (case name action seed) (result-fn (%run-test-action name action) seed))])
    (cond [(rackunit-test-case? test) (fhere test (rackunit-test-case-name test) (rackunit-test-case-action test) seed)]
          [else (%apply-test-suite test fdown* fup* fhere seed)])))

;; ---- rackunit/text-ui --------------------------------------------------------------------------

(define (%test-result-name res suite-names)
  (let ([name (test-result-test-case-name res)])
    (and (or name (pair? suite-names))
         (string-join (append suite-names (list (or name "Unnamed test"))) " > "))))

(define (run-tests test [mode 'normal])
  (unless (or (rackunit-test-case? test) (rackunit-test-suite? test))
    (raise-argument-error 'run-tests "(or/c rackunit-test-case? rackunit-test-suite?)" test))
  (unless (memq mode '(quiet normal verbose))
    (raise-argument-error 'run-tests "(or/c 'quiet 'normal 'verbose)" mode))
  (let* ([counts (make-hasheq (list (cons 'success 0) (cons 'failure 0) (cons 'error 0)))]
         [record!
          (lambda (res names)
            (unless (eq? mode 'quiet)
              (let ([name (%test-result-name res names)])
                (cond [(test-failure? res) (%display-test-failure/error (test-failure-result res) name #:verbose? (eq? mode 'verbose))]
                      [(test-error? res) (%display-test-failure/error (test-error-result res) name #:verbose? (eq? mode 'verbose))]
                      [else (void)])))
            (hash-update! counts (cond [(test-success? res) 'success] [(test-failure? res) 'failure] [else 'error]) add1)
            names)])
    (%fold-test-results record! '() test (lambda (name names) (cons name names)) (lambda (name names) (cdr names)))
    (let* ([s (hash-ref counts 'success)] [f (hash-ref counts 'failure)] [e (hash-ref counts 'error)]
           [summary (format "~a success(es) ~a failure(s) ~a error(s) ~a test(s) run\n" s f e (+ s f e))])
      (unless (eq? mode 'quiet)
        (if (and (zero? f) (zero? e))
            (display summary)
            (display summary (current-error-port))))
      (+ f e))))
