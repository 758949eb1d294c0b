#lang racket
(define (inner)
  (with-handlers ([exn:fail:contract? (lambda (e) (displayln "inner caught contract") (raise e))])
    (car 'x)))
(with-handlers ([exn:fail? (lambda (e) (printf "outer caught: ~a\n" (exn-message e)))])
  (inner))
(define result
  (with-handlers ([symbol? (lambda (s) (list 'outer s))])
    (with-handlers ([number? (lambda (n) (list 'inner n))])
      (raise 'sym))))
(displayln result)
