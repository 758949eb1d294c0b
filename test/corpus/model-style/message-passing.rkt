#lang racket
;; Objects as closures that dispatch on a message symbol; ends with an unknown message
(define (make-account balance)
  (define (withdraw amount)
    (if (>= balance amount)
        (begin (set! balance (- balance amount)) balance)
        "Insufficient funds"))
  (define (deposit amount) (set! balance (+ balance amount)) balance)
  (lambda (msg . args)
    (cond [(eq? msg 'withdraw) (apply withdraw args)]
          [(eq? msg 'deposit) (apply deposit args)]
          [(eq? msg 'balance) balance]
          [else (error 'account "unknown request: ~a" msg)])))
(define acc (make-account 100))
(printf "withdraw 30: ~a\n" (acc 'withdraw 30))
(printf "deposit 50: ~a\n" (acc 'deposit 50))
(printf "withdraw 500: ~a\n" (acc 'withdraw 500))
(printf "balance: ~a\n" (acc 'balance))
(define (make-stack)
  (define items '())
  (define (dispatch msg . args)
    (case msg
      [(push) (set! items (cons (car args) items)) (length items)]
      [(pop) (if (null? items) (error 'stack "pop from empty stack")
                 (let ([x (car items)]) (set! items (cdr items)) x))]
      [(peek) (and (pair? items) (car items))]
      [(size) (length items)]
      [else (error 'stack "unknown operation ~s" msg)]))
  dispatch)
(define s (make-stack))
(for ([x '(1 2)]) (s 'push x))
(printf "size: ~a peek: ~a pop: ~a size: ~a\n" (s 'size) (s 'peek) (s 'pop) (s 'size))
(with-handlers ([exn:fail? (lambda (e) (printf "caught: ~a\n" (exn-message e)))])
  (s 'pop)
  (s 'pop))
(acc 'transfer 10)
