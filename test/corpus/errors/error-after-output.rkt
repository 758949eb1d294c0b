#lang racket
(displayln "line 1")
(display "partial ")
(with-handlers ([exn:fail? (lambda (e) (displayln "[recovered]"))])
  (display "before-error ")
  (vector-ref (vector) 1)
  (display "never"))
(displayln "line 3")
