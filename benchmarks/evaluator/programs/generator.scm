(define (make-gen lst)
  (define return #f)
  (define resume #f)
  (lambda ()
    (call/cc (lambda (r)
      (set! return r)
      (if resume
          (resume #f)
          (begin
            (for-each (lambda (x) (call/cc (lambda (next) (set! resume next) (return x)))) lst)
            (return 'done)))))))
(define (iota n) (let loop ((i n) (l '())) (if (= i 0) l (loop (- i 1) (cons i l)))))
(define g (make-gen (iota 100000)))
(let loop ((sum 0)) (let ((v (g))) (if (eq? v 'done) sum (loop (+ sum v)))))
