#lang racket
(define (try-each thunks)
  (for/list ([t thunks])
    (let/ec k
      (with-handlers ([exn:fail? (lambda (e) (k (list 'error (exn-message e))))])
        (list 'ok (t))))))
(for ([r (try-each (list (lambda () 1) (lambda () (car '())) (lambda () (error 'me "custom"))))])
  (displayln r))
