#lang racket
(define (validate-user u)
  (define name (hash-ref u 'name #f))
  (define age (hash-ref u 'age #f))
  (cond [(not name) (error 'validate "missing name")]
        [(not (and (integer? age) (>= age 0))) (error 'validate "bad age for ~a: ~s" name age)]
        [else (format "~a (~a)" name age)]))
(for ([u (list (hash 'name "ann" 'age 30) (hash 'age 3) (hash 'name "bob" 'age -1) (hash 'name "cy" 'age "x"))])
  (displayln (with-handlers ([exn:fail? (lambda (e) (string-append "invalid: " (exn-message e)))])
               (validate-user u))))
