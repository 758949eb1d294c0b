#lang racket
(require racket/stream)
;; The racket/stream toolbox on finite and infinite streams.
(define (naturals [n 0]) (stream-cons n (naturals (add1 n))))
(define nat (naturals))

(displayln (stream->list (stream-take nat 10)))
(displayln (stream->list (stream-take (stream-filter odd? nat) 5)))
(displayln (stream->list (stream-map * (stream 1 2 3))))
(displayln (stream-fold + 0 (stream-take nat 101)))
(displayln (stream-count even? (stream-take nat 10)))
(displayln (stream-andmap positive? (stream 1 2 3)))
(displayln (stream-ormap (lambda (x) (and (> x 100) x)) nat))
(displayln (stream->list (stream-append (stream 1 2) '(3) (stream-take nat 2))))
(displayln (stream->list (stream-add-between (stream "a" "b" "c") ", ")))
(displayln (apply string-append (stream->list (stream-add-between (stream "a" "b" "c") ", "))))
(displayln (stream->list (stream-tail (stream-take nat 8) 5)))
(displayln (stream-length (stream-take nat 42)))
(stream-for-each (lambda (x) (printf "<~a>" x)) (stream-take nat 4))
(newline)
(displayln (stream->list (stream* 'a 'b (stream 'c 'd))))

;; for/stream builds a lazy stream from a loop
(define evens-squared (for/stream ([i (in-naturals)] #:when (even? i)) (* i i)))
(displayln (stream->list (stream-take evens-squared 6)))
(displayln (stream->list (for*/stream ([i 3] [j (in-range i 3)]) (cons i j))))

;; Streams work directly in for loops
(displayln (for/list ([x (stream-take nat 5)] [y (stream 'a 'b 'c)]) (list x y)))
(displayln (for/sum ([x (in-stream (stream-take nat 5))]) x))
(displayln (stream-ref nat 1000))
(stream-ref (stream 1 2 3) 3)
