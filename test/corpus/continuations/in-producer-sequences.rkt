#lang racket
;; in-producer and make-do-sequence: sequences computed by procedures.
(define tokens '("let" "x" "=" "5" "in" "x" "+" "1"))
(define (make-reader lst)
  (lambda ()
    (if (null? lst)
        'eof
        (begin0 (car lst) (set! lst (cdr lst))))))

(define read-token (make-reader tokens))
(for ([tok (in-producer read-token 'eof)] [i (in-naturals 1)])
  (printf "~a:~a " i tok))
(newline)

;; A stop predicate instead of a stop value
(define counter (let ([n 0]) (lambda () (set! n (add1 n)) n)))
(displayln (for/list ([x (in-producer counter (lambda (x) (> x 5)))]) (* x 10)))

;; A producer with arguments
(define (roll seed) (let ([state seed]) (lambda (modulus) (set! state (modulo (+ (* state 7) 3) 101)) (modulo state modulus))))
(displayln (for/list ([r (in-producer (roll 1) 0 6)] [i 10]) r))

;; make-do-sequence: a custom sequence of Fibonacci numbers below a limit
(define (in-fibonacci limit)
  (make-do-sequence
   (lambda ()
     (values car
             (lambda (p) (cons (cdr p) (+ (car p) (cdr p))))
             (cons 0 1)
             (lambda (p) (< (car p) limit))
             #f
             #f))))
(displayln (for/list ([f (in-fibonacci 100)]) f))
(displayln (sequence->list (in-fibonacci 30)))
(displayln (sequence-length (in-fibonacci 1000)))
(displayln (for/sum ([f (in-fibonacci 50)] #:when (odd? f)) f))
(displayln (for*/list ([a (in-fibonacci 4)] [b (in-fibonacci 3)]) (list a b)))
(displayln (for/list ([(f i) (in-parallel (in-fibonacci 10) (in-naturals))]) (list i f)))
