#lang racket
;; Tracking a "call stack" of names with continuation marks.
(define trace-key (make-continuation-mark-key 'trace))

(define (current-trace)
  (reverse (continuation-mark-set->list (current-continuation-marks) trace-key)))

(define-syntax-rule (with-trace name body ...)
  (with-continuation-mark trace-key name (let () body ...)))

(define (parse-expr s)
  (with-trace 'parse
    (printf "parsing ~s in ~a\n" s (current-trace))
    (string->number s)))

(define (eval-expr s)
  (with-trace 'eval
    (define n (parse-expr s))
    (with-trace 'check
      (printf "checking in ~a\n" (current-trace))
      (if n (* n n) (error 'eval-expr "not a number: ~a" s)))))

(define (main inputs)
  (with-trace 'main
    (for/list ([s inputs])
      (with-handlers ([exn:fail? (lambda (e)
                                   (printf "error: ~a\n" (exn-message e))
                                   (printf "marks at raise: ~a\n"
                                           (reverse (continuation-mark-set->list (exn-continuation-marks e) trace-key)))
                                   #f)])
        (eval-expr s)))))

(displayln (main '("3" "x" "12")))
(displayln (current-trace))
(displayln (continuation-mark-set-first #f trace-key 'no-trace))
