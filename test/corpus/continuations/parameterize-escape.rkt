#lang racket
(define mode (make-parameter 'normal))
(define r (let/ec k (parameterize ([mode 'special]) (k (mode)))))
(displayln r)
(displayln (mode))
(with-handlers ([exn:fail? (lambda (e) (printf "after error mode=~a\n" (mode)))])
  (parameterize ([mode 'failing]) (error "x")))
