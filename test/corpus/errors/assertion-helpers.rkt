#lang racket
(define (check-positive who x)
  (unless (and (number? x) (positive? x))
    (raise-argument-error who "positive?" x))
  x)
(define (area w h) (* (check-positive 'area w) (check-positive 'area h)))
(displayln (area 2 3))
(for ([args '((0 1) (2 -1) (2 "3"))])
  (displayln (with-handlers ([exn:fail:contract? exn-message]) (apply area args))))
