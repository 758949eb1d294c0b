#lang racket
;; A small hierarchy of application errors built on exn:fail.
(struct app-error exn:fail (code) #:transparent)
(struct validation-error app-error (field) #:transparent)
(struct not-found-error app-error (key) #:transparent)

(define (raise-validation field msg)
  (raise (validation-error (format "invalid ~a: ~a" field msg) (current-continuation-marks) 400 field)))

(define (lookup db key)
  (hash-ref db key
            (lambda ()
              (raise (not-found-error (format "no entry for ~s" key) (current-continuation-marks) 404 key)))))

(define db (hash "alice" 30 "bob" 25))

(define (handle thunk)
  (with-handlers ([validation-error? (lambda (e) (list 'bad-input (validation-error-field e) (app-error-code e)))]
                  [not-found-error? (lambda (e) (list 'missing (not-found-error-key e) (exn-message e)))]
                  [app-error? (lambda (e) (list 'app (app-error-code e)))]
                  [exn:fail? (lambda (e) (list 'other (exn-message e)))])
    (thunk)))

(displayln (handle (lambda () (lookup db "alice"))))
(displayln (handle (lambda () (lookup db "carol"))))
(displayln (handle (lambda () (raise-validation 'age "must be positive"))))
(displayln (handle (lambda () (raise (app-error "generic" (current-continuation-marks) 500)))))
(displayln (handle (lambda () (/ 1 0))))

(define e (validation-error "bad" (current-continuation-marks) 422 'name))
(displayln (list (exn? e) (exn:fail? e) (app-error? e) (validation-error? e) (not-found-error? e)))
(displayln (exn-message e))
(displayln (app-error-code e))
(lookup db "dave")
