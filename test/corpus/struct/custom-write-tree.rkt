#lang racket
;; A binary tree whose nodes print as nested brackets, recursively.
(struct leaf (value)
  #:methods gen:custom-write
  [(define (write-proc l port mode) (write (leaf-value l) port))])

(struct node (left right)
  #:methods gen:custom-write
  [(define (write-proc n port mode)
     (write-string "<" port)
     (write (node-left n) port)
     (write-string " " port)
     (write (node-right n) port)
     (write-string ">" port))])

(define (build lst)
  (if (= (length lst) 1)
      (leaf (car lst))
      (let-values ([(l r) (split-at lst (quotient (length lst) 2))])
        (node (build l) (build r)))))

(define t (build '(1 2 3 4 5)))
(displayln t)
(displayln (build '("a" "b")))
(define (depth t) (if (leaf? t) 0 (add1 (max (depth (node-left t)) (depth (node-right t))))))
(printf "depth ~a of ~a\n" (depth t) t)
(displayln (string-length (with-output-to-string (lambda () (display t)))))
