#lang racket
;; Roman numeral conversion in both directions
(define numerals '((1000 . "M") (900 . "CM") (500 . "D") (400 . "CD") (100 . "C") (90 . "XC")
                   (50 . "L") (40 . "XL") (10 . "X") (9 . "IX") (5 . "V") (4 . "IV") (1 . "I")))
(define (to-roman n)
  (unless (and (exact-integer? n) (< 0 n 4000))
    (raise-argument-error 'to-roman "(integer-in 1 3999)" n))
  (let loop ([n n] [pairs numerals] [acc ""])
    (cond [(zero? n) acc]
          [(>= n (caar pairs)) (loop (- n (caar pairs)) pairs (string-append acc (cdar pairs)))]
          [else (loop n (cdr pairs) acc)])))
(define roman-values (hash #\I 1 #\V 5 #\X 10 #\L 50 #\C 100 #\D 500 #\M 1000))
(define (from-roman s)
  (define vals (for/list ([c s]) (hash-ref roman-values c)))
  (let loop ([vs vals] [total 0])
    (match vs
      ['() total]
      [(list v) (+ total v)]
      [(list a b rest ...) (if (< a b) (loop (cons b rest) (- total a)) (loop (cons b rest) (+ total a)))])))
(for ([n '(1 4 9 14 40 90 400 1994 2024 3999)])
  (define r (to-roman n))
  (printf "~a -> ~a -> ~a\n" n r (from-roman r)))
(printf "all round-trip: ~a\n" (for/and ([n (in-range 1 4000)]) (= n (from-roman (to-roman n)))))
(with-handlers ([exn:fail:contract? (lambda (e) (displayln (exn-message e)))])
  (to-roman 0))
(to-roman 4000)
