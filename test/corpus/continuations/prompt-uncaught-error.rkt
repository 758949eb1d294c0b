#lang racket
;; An error nobody catches inside call-with-continuation-prompt: Racket prints it and
;; aborts to the prompt, whose handler receives a thunk; the program carries on.
(define (safe-run thunk)
  (call-with-continuation-prompt
   thunk
   (default-continuation-prompt-tag)
   (lambda (abort-thunk)
     (printf "recovered, thunk returns ~a\n" (abort-thunk))
     'recovered)))

(displayln (safe-run (lambda () (+ 1 2))))
(displayln (safe-run (lambda () (car '()))))
(displayln (safe-run (lambda () (raise 'not-an-exn))))
(displayln (call-with-continuation-prompt (lambda () (string-append "a" 5))))
(displayln "still running")
(define results
  (for/list ([x '(4 0 2)])
    (call-with-continuation-prompt
     (lambda () (/ 12 x))
     (default-continuation-prompt-tag)
     (lambda (th) 'division-failed))))
(displayln results)
