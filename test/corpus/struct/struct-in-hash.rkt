#lang racket
(struct pos (r c) #:transparent)
(define board (make-hash))
(hash-set! board (pos 0 0) 'x)
(hash-set! board (pos 1 1) 'o)
(displayln (hash-ref board (pos 0 0)))
(displayln (hash-ref board (pos 1 1)))
(displayln (hash-ref board (pos 2 2) 'empty))
(displayln (hash-count board))
