#lang racket
;; shift/reset built from call-with-composable-continuation and a prompt tag.
(define reset-tag (make-continuation-prompt-tag 'reset))

(define (reset-thunk thunk)
  (call-with-continuation-prompt thunk reset-tag (lambda (f) (reset-thunk f))))

(define (shift-proc f)
  (call-with-composable-continuation
   (lambda (k)
     ;; k is delimited again when called, as shift's continuation is in Racket's racket/control
     (abort-current-continuation reset-tag (lambda () (f (lambda (v) (reset-thunk (lambda () (k v))))))))
   reset-tag))

(define-syntax-rule (reset body ...) (reset-thunk (lambda () body ...)))
(define-syntax-rule (shift k body ...) (shift-proc (lambda (k) body ...)))

(displayln (reset (+ 1 (shift k (k 10)))))
(displayln (reset (+ 1 (shift k (k (k 10))))))
(displayln (reset (* 2 (shift k (list (k 1) (k 2) (k 3))))))
(displayln (reset (+ 1 (shift k 42))))

;; Non-determinism: collect every combination
(define (choose . options) (shift k (append-map k options)))
(displayln (reset (let ([x (choose 1 2 3)] [y (choose 'a 'b)]) (list (list x y)))))

;; A composable continuation can be called like a function, many times
(define saved #f)
(displayln (reset (string-append "<" (shift k (set! saved k) "captured") ">")))
(displayln (saved "one"))
(displayln (map saved '("a" "b" "c")))
