#lang racket
(require racket/generator)
;; Composing generators into a lazy pipeline.
(define (counting-from n)
  (generator () (let loop ([i n]) (yield i) (loop (add1 i)))))

(define (gen-map f g)
  (generator () (let loop () (yield (f (g))) (loop))))

(define (gen-filter pred g)
  (generator () (let loop () (let ([v (g)]) (when (pred v) (yield v)) (loop)))))

(define (gen-take n g)
  (for/list ([i n]) (g)))

(define evens-squared (gen-map (lambda (x) (* x x)) (gen-filter even? (counting-from 1))))
(displayln (gen-take 5 evens-squared))
(displayln (gen-take 3 evens-squared))

;; A generator that logs when it runs, to show its laziness
(define log '())
(define noisy
  (generator ()
    (for ([c '(a b c)])
      (set! log (cons c log))
      (yield c))
    'end))
(displayln (list (noisy) (reverse log)))
(displayln (list (noisy) (reverse log)))

;; sequence->generator over different sequences
(define from-vector (sequence->generator (vector 'x 'y)))
(displayln (list (from-vector) (from-vector) (void? (from-vector))))
(define from-string (sequence->generator "hi"))
(displayln (list (from-string) (from-string)))
(define cycling (sequence->repeated-generator '(red green)))
(displayln (for/list ([i 5]) (cycling)))
