#lang racket
;; Classic recursion: Ackermann and the Towers of Hanoi
(define (ackermann m n)
  (cond [(zero? m) (add1 n)]
        [(zero? n) (ackermann (sub1 m) 1)]
        [else (ackermann (sub1 m) (ackermann m (sub1 n)))]))
(for* ([m (in-range 0 3)] [n (in-range 0 4)])
  (printf "A(~a, ~a) = ~a\n" m n (ackermann m n)))
(printf "A(3, 3) = ~a\n" (ackermann 3 3))

(define (hanoi n from to via)
  (if (= n 0)
      '()
      (append (hanoi (- n 1) from via to)
              (list (list from to))
              (hanoi (- n 1) via to from))))
(define moves (hanoi 3 'A 'C 'B))
(for ([m moves] [i (in-naturals 1)])
  (printf "Move ~a: ~a -> ~a\n" i (first m) (second m)))
(printf "Moves for 10 disks: ~a\n" (length (hanoi 10 'A 'C 'B)))
(define (hanoi-count n) (if (zero? n) 0 (+ 1 (* 2 (hanoi-count (sub1 n))))))
(printf "Moves for 64 disks: ~a\n" (hanoi-count 64))
