;; racket/pretty: pretty-print, pretty-write, pretty-display, pretty-format and the
;; pretty-print-columns parameter, with the signatures of Racket 8.7's collects/racket/pretty.rkt.
;; The layout is %pretty-print's (src/pretty/). The parameter is defined here, per evaluator, so
;; that a program setting it changes only its own sandbox.

(define pretty-print-columns
  (make-parameter 79
                  (lambda (x)
                    (unless (or (eq? x 'infinity) (integer? x))
                      (raise-argument-error 'pretty-print-columns "(or/c integer? 'infinity)" x))
                    x)
                  'pretty-print-columns))

(define (pretty-print v [port (current-output-port)] [quote-depth 0] #:newline? [newline? #t])
  (%pretty-print 'pretty-print v port quote-depth newline? 'print (pretty-print-columns)))

(define (pretty-write v [port (current-output-port)] #:newline? [newline? #t])
  (%pretty-print 'pretty-write v port 0 newline? 'write (pretty-print-columns)))

(define (pretty-display v [port (current-output-port)] #:newline? [newline? #t])
  (%pretty-print 'pretty-display v port 0 newline? 'display (pretty-print-columns)))

(define (pretty-format v [columns (pretty-print-columns)] #:mode [mode 'print])
  (parameterize ([pretty-print-columns columns])
    (let ([port (open-output-string)])
      ((case mode
         [(print) pretty-print]
         [(write) pretty-write]
         [(display) pretty-display]
         [else (raise-argument-error 'pretty-format "(or/c 'print 'write 'display)" mode)])
       v port #:newline? #f)
      (get-output-string port))))
