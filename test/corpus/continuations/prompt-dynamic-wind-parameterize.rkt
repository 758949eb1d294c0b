#lang racket
;; How prompts interact with dynamic-wind, parameterize and exception handlers.
(define log '())
(define (note . xs) (set! log (cons (string-join (map ~a xs) " ") log)))
(define tag (make-continuation-prompt-tag 'job))
(define current-job (make-parameter 'none))

(define (run-job name thunk)
  (call-with-continuation-prompt
   (lambda ()
     (parameterize ([current-job name])
       (dynamic-wind
        (lambda () (note "start" (current-job)))
        thunk
        (lambda () (note "cleanup" (current-job))))))
   tag
   (lambda (reason) (note "aborted" name reason "job is now" (current-job)) 'aborted)))

(displayln (run-job 'a (lambda () (note "working" (current-job)) 'ok)))
(displayln (run-job 'b (lambda () (abort-current-continuation tag 'timeout) 'never)))
(displayln (run-job 'c (lambda ()
                         (with-handlers ([exn:fail? (lambda (e) (note "handled" (exn-message e)) 'handled)])
                           (error 'job "failed inside")))))
(displayln (with-handlers ([exn:fail? (lambda (e) (note "outer handler" (current-job)) 'outer)])
             (run-job 'd (lambda () (vector-ref (vector 1 2) 5)))))
(for-each displayln (reverse log))
(displayln (current-job))
