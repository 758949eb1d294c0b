#lang racket
(define (run-with-abort thunk)
  (call-with-continuation-prompt thunk (default-continuation-prompt-tag) (lambda (v) (list 'aborted v))))
(displayln (run-with-abort (lambda () (+ 1 2))))
(displayln (run-with-abort (lambda () (+ 1 (abort-current-continuation (default-continuation-prompt-tag) 'stop)))))
