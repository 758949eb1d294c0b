#lang racket
;; What happens with malformed patterns built at run time.
(define (safe-compile pattern)
  (with-handlers ([exn:fail? (lambda (e) (format "error: ~a" (exn-message e)))])
    (regexp pattern)))

(for ([p '("a+b" "(unclosed" "a**" "[z-a]" "ok|fine")])
  (printf "~s => ~a\n" p (safe-compile p)))

(displayln (pregexp "\\d{2,3}"))
(displayln (with-handlers ([exn:fail:contract? (lambda (e) 'contract-error)])
             (regexp-match "(" "text")))

;; A pattern built from user input must be quoted first.
(define user-input "1+1=2?")
(displayln (regexp-quote user-input))
(displayln (regexp-match? (regexp (regexp-quote user-input)) "is 1+1=2? yes"))

;; This one is not caught.
(regexp-match (pregexp "(\\d+") "123")
(displayln "not reached")
