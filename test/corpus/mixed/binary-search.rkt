#lang racket
(define (binary-search vec target)
  (let loop ([lo 0] [hi (sub1 (vector-length vec))])
    (if (> lo hi) #f
        (let ([mid (quotient (+ lo hi) 2)])
          (cond [(= (vector-ref vec mid) target) mid]
                [(< (vector-ref vec mid) target) (loop (add1 mid) hi)]
                [else (loop lo (sub1 mid))])))))
(define v (list->vector (range 0 100 3)))
(for ([t '(0 27 50 99 100)])
  (printf "~a -> ~a\n" t (binary-search v t)))
