;; `time` and `time-apply`, as Racket defines them (racket/private/more-scheme.rkt): CPU, real and
;; garbage-collection milliseconds as exact integers. The host's collector is not measured, so
;; gc time is 0 (current-gc-milliseconds, src/misc.ts).

(define (time-apply proc args)
  (let ([cpu0 (current-process-milliseconds)]
        [real0 (current-inexact-monotonic-milliseconds)]
        [gc0 (current-gc-milliseconds)])
    (let ([results (call-with-values (lambda () (apply proc args)) list)])
      (values results
              (- (current-process-milliseconds) cpu0)
              (exact-round (- (current-inexact-monotonic-milliseconds) real0))
              (- (current-gc-milliseconds) gc0)))))

(define-syntax-rule (time expr)
  (let-values ([(results cpu real gc) (time-apply (lambda () expr) '())])
    (printf "cpu time: ~s real time: ~s gc time: ~s\n" cpu real gc)
    (apply values results)))
