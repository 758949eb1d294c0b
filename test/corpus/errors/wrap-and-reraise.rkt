#lang racket
(define (load-config name)
  (error 'load-config "file not found: ~a" name))
(define (start-app)
  (with-handlers ([exn:fail? (lambda (e) (error 'start-app "startup failed (~a)" (exn-message e)))])
    (load-config "app.conf")))
(displayln (with-handlers ([exn:fail? exn-message]) (start-app)))
(define r (call/ec (lambda (k) (with-handlers ([exn:fail? (lambda (e) (k 'escaped))]) (error "x")))))
(displayln r)
