#lang racket
(define next-id 0)
(struct entity (id name) #:transparent)
(define (make-entity name) (set! next-id (add1 next-id)) (entity next-id name))
(define es (map make-entity '("a" "b" "c")))
(displayln es)
(displayln (map entity-id es))
(displayln (findf (lambda (e) (string=? (entity-name e) "b")) es))
