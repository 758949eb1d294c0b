#lang racket
(require racket/generator)
;; Misusing generators: Racket's error messages.
(define (report thunk)
  (with-handlers ([exn:fail? (lambda (e) (printf "error: ~a\n" (exn-message e)))])
    (thunk)))

(report (lambda () (yield 'outside)))

(define once (generator () 'result))
(displayln (once))
(displayln (generator-state once))
(report (lambda () (once 'extra)))
(displayln (once))

(define self-calling (generator () (self-calling)))
(report (lambda () (self-calling)))
(displayln (generator-state self-calling))

(define failing (generator () (yield 1) (car '()) (yield 2)))
(displayln (failing))
(report (lambda () (failing)))

(report (lambda () (generator-state 42)))
(displayln (generator? once))
(displayln (generator? (lambda () 1)))
(define done-gen (generator () (yield 1) 'finished))
(displayln (done-gen))
(displayln (done-gen))
(done-gen 'value)
