#lang racket
;; Luhn checksum and ISBN-10 validation
(define (digits-of str)
  (for/list ([c str] #:when (char-numeric? c)) (- (char->integer c) 48)))
(define (luhn-valid? str)
  (define ds (reverse (digits-of str)))
  (define total
    (for/sum ([d ds] [i (in-naturals)])
      (if (odd? i) (let ([x (* 2 d)]) (if (> x 9) (- x 9) x)) d)))
  (zero? (modulo total 10)))
(for ([n '("4539 1488 0343 6467" "8273 1232 7352 0569" "79927398713" "0000 0000 0000 0000")])
  (printf "~a: ~a\n" n (if (luhn-valid? n) "valid" "invalid")))
(define (isbn10-valid? s)
  (define chars (filter (lambda (c) (not (char=? c #\-))) (string->list s)))
  (and (= (length chars) 10)
       (let ([vals (for/list ([c chars] [i (in-naturals)])
                     (cond [(char-numeric? c) (- (char->integer c) 48)]
                           [(and (= i 9) (char=? c #\X)) 10]
                           [else #f]))])
         (and (andmap values vals)
              (zero? (modulo (for/sum ([v vals] [w (in-range 10 0 -1)]) (* v w)) 11))))))
(for ([s '("0-306-40615-2" "0-306-40615-3" "0-8044-2957-X" "123")])
  (printf "ISBN ~a: ~a\n" s (isbn10-valid? s)))
(define (check-digit str)
  (for/first ([d 10] #:when (luhn-valid? (string-append str (number->string d)))) d))
(printf "check digit for 7992739871: ~a\n" (check-digit "7992739871"))
