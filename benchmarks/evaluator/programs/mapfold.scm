(define (iota n) (let loop ((i n) (l '())) (if (= i 0) l (loop (- i 1) (cons i l)))))
(define big (iota 1000000))
(define (sum l) (let loop ((l l) (acc 0)) (if (null? l) acc (loop (cdr l) (+ acc (car l))))))
(sum (map (lambda (x) (* x 2)) (filter (lambda (x) (= 0 (remainder x 3))) big)))
