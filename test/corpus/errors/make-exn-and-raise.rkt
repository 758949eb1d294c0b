#lang racket
;; Building exception values by hand, then raising them.
(define (fail-with maker msg) (raise (maker msg (current-continuation-marks))))

(define attempts
  (list (lambda () (fail-with make-exn:fail "plain failure"))
        (lambda () (fail-with make-exn:fail:user "user failure"))
        (lambda () (fail-with make-exn:fail:contract "contract failure"))
        (lambda () (fail-with exn:fail:contract:divide-by-zero "fake division"))))

(for ([a attempts] [i (in-naturals 1)])
  (with-handlers ([exn:fail:user? (lambda (e) (printf "~a. user: ~a\n" i (exn-message e)))]
                  [exn:fail:contract? (lambda (e) (printf "~a. contract: ~a\n" i (exn-message e)))]
                  [exn:fail? (lambda (e) (printf "~a. fail: ~a\n" i (exn-message e)))])
    (a)))

(define e (make-exn:fail "with fields" (current-continuation-marks)))
(println e)
(writeln (exn-message e))
(displayln (struct? e))
(displayln (exn:fail:contract:variable-id
            (make-exn:fail:contract:variable "no such variable" (current-continuation-marks) 'x)))

;; Racket checks the fields
(with-handlers ([exn:fail:contract? (lambda (e) (displayln (exn-message e)))])
  (make-exn:fail 'not-a-string (current-continuation-marks)))
(with-handlers ([exn:fail:contract? (lambda (e) (displayln (exn-message e)))])
  (make-exn:fail "message" "not marks"))
(raise (make-exn:fail:user "final uncaught failure" (current-continuation-marks)))
