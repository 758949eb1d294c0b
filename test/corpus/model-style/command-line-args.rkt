#lang racket
;; A script that takes its input size from the command line, as models write them; run without
;; arguments it falls back to its defaults.

(define args (current-command-line-arguments))
(printf "arguments: ~s (~a given)\n" args (vector-length args))

(define n
  (if (> (vector-length args) 0)
      (string->number (vector-ref args 0))
      10))

(define (fib k) (let loop ([a 0] [b 1] [i 0]) (if (= i k) a (loop b (+ a b) (add1 i)))))
(printf "fib(~a) = ~a\n" n (fib n))

(define verbose? (member "--verbose" (vector->list args)))
(printf "verbose: ~a\n" (if verbose? "yes" "no"))

;; The parameter can be set, like any parameter.
(parameterize ([current-command-line-arguments (vector "20" "--verbose")])
  (define args (current-command-line-arguments))
  (printf "inside: ~s, n = ~a\n" args (string->number (vector-ref args 0))))
(printf "after: ~s\n" (current-command-line-arguments))
(println (immutable? (current-command-line-arguments)))

(define (report-error thunk)
  (with-handlers ([exn:fail? (lambda (e) (printf "error: ~a\n" (exn-message e)))])
    (thunk)))
(report-error (lambda () (vector-ref (current-command-line-arguments) 0)))
(report-error (lambda () (current-command-line-arguments '("a" "b"))))
(report-error (lambda () (current-command-line-arguments (vector 'a))))
