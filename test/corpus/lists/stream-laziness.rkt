#lang racket
;; What gets computed when: stream-cons memoises, stream-map recomputes.
(define (noisy label v) (printf "[computing ~a]\n" label) v)

(define s (stream-cons (noisy 'head 1) (stream-cons (noisy 'second 2) empty-stream)))
(displayln "stream built")
(displayln (stream-first s))
(displayln (stream-first s))
(displayln (stream-first (stream-rest s)))
(displayln (stream->list s))

(define mapped (stream-map (lambda (x) (noisy (list 'double x) (* 2 x))) (stream 1 2 3)))
(displayln "mapped built")
(displayln (stream-first mapped))
(displayln (stream-first mapped))
(displayln (stream-length mapped))

(define lazy-list (stream (noisy 'a 'a) (noisy 'b 'b) (noisy 'c 'c)))
(displayln (stream-ref lazy-list 2))
(displayln (stream->list lazy-list))

;; Lists and ranges are streams too
(displayln (stream-first '(x y z)))
(displayln (stream->list (stream-rest (in-range 5))))
(displayln (stream? (vector 1 2)))
(displayln (stream-empty? (stream-filter negative? (stream 1 2 3))))
(displayln (stream-first (stream-filter negative? (stream 1 2 3))))
