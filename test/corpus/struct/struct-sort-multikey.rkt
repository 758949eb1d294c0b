#lang racket
(struct emp (name dept age) #:transparent)
(define es (list (emp "d" 'ops 30) (emp "a" 'eng 40) (emp "c" 'eng 25) (emp "b" 'ops 30)))
(define sorted
  (sort es (lambda (x y)
             (or (symbol<? (emp-dept x) (emp-dept y))
                 (and (eq? (emp-dept x) (emp-dept y)) (< (emp-age x) (emp-age y)))))))
(for ([e sorted]) (printf "~a ~a ~a\n" (emp-dept e) (emp-age e) (emp-name e)))
