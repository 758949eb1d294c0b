#lang racket
(define verbosity (make-parameter 1 (lambda (v) (if (and (integer? v) (<= 0 v 3)) v (error 'verbosity "bad level: ~a" v)))))
(displayln (verbosity))
(parameterize ([verbosity 3]) (displayln (verbosity)))
(displayln (with-handlers ([exn:fail? exn-message]) (parameterize ([verbosity 9]) 'unreached)))
(define p (make-parameter 'a))
(define saved (parameterize ([p 'b]) (lambda () (p))))
(displayln (saved))
